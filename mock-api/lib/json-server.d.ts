// The part of json-server 0.17's API the mock API uses (the package ships no types, and
// @types/json-server describes an older release).
declare module 'json-server' {
  import type { Express, RequestHandler, Request, Response } from 'express';

  interface JsonRouter extends RequestHandler {
    /** The lowdb database behind the router. */
    db: { getState(): object; setState(state: object): void };
    /** Sends `res.locals.data`; replaced to shape the answers. */
    render: (req: Request, res: Response) => void;
  }

  const jsonServer: {
    /** An express app. */
    create(): Express;
    /** JSON and urlencoded body parsers. */
    bodyParser: RequestHandler[];
    /** A REST router over `source` (an object of collections, or a JSON file name). */
    router(source: object | string): JsonRouter;
  };
  export default jsonServer;
}
