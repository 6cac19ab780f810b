// Dev-server proxy: the app calls /api, which goes to the mock API on $PORT (default 3000), the same
// variable `npm run api` listens on, so `PORT=3005 npm start` keeps both sides together.
const apiPort = process.env.PORT ?? '3000';

export default {
  '/api': {
    target: `http://127.0.0.1:${apiPort}`,
    secure: false,
  },
};
