/**
 * The pages whose first read starts before the app boots (src/app/early-requests.ts says what each
 * reads); main.ts downloads that code only for them.
 */
export const EARLY_READ_PAGES = {
  home: /^\/$/,
  catalog: /^\/procurement\/catalog\/?$/,
  product: /^\/procurement\/products\/([^/]+)\/?$/,
  giftStore: /^\/welfare\/store\/?$/,
};

export function hasEarlyRead(pathname: string): boolean {
  return Object.values(EARLY_READ_PAGES).some((page) => page.test(pathname));
}
