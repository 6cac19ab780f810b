import { holdBootFrame, removeBootFrame } from './boot-frame';
import { withBootFrame } from './boot-frame.spec-util';

describe('the boot frame', () => {
  it('goes when asked, when nothing holds it', async () => {
    await withBootFrame(async (frame) => {
      removeBootFrame(document);
      expect(frame.isConnected).toBeFalse();
    });
  });

  it('stays while held, and goes when the last hold is released if it was asked to meanwhile', async () => {
    await withBootFrame(async (frame) => {
      const first = holdBootFrame();
      const second = holdBootFrame();
      removeBootFrame(document);
      expect(frame.isConnected).toBeTrue();
      first();
      first(); // a second call is not a second release
      expect(frame.isConnected).toBeTrue();
      second();
      expect(frame.isConnected).toBeFalse();
    });
  });

  it('stays when a hold is released but nobody asked for it to go', async () => {
    await withBootFrame(async (frame) => {
      holdBootFrame()();
      expect(frame.isConnected).toBeTrue();
    });
  });
});
