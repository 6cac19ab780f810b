// Dev-server proxy: the app calls /api, which goes to the mock API on $API_PORT (default 3000).
// `npm run web` sets it from $PORT, the variable `npm run api` listens on, so `PORT=3005 npm start`
// keeps both sides together (and unsets PORT for ng serve, which would otherwise listen on it).
const apiPort = process.env.API_PORT ?? '3000';

export default {
  '/api': {
    target: `http://127.0.0.1:${apiPort}`,
    secure: false,
  },
};
