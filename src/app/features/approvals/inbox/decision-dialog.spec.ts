import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialog } from '@angular/material/dialog';
import { MatInputHarness } from '@angular/material/input/testing';
import { I18n } from '../../../core/i18n/i18n';
import { APPROVALS_I18N } from '../approvals.i18n';
import { DecisionDialog, type DecisionDialogData } from './decision-dialog';

@Component({ template: '' })
class Host {}

describe('DecisionDialog', () => {
  // The page must never be submitted by the browser: a plain <form> submit reloads the app.
  let submits: number;
  const countSubmit = (e: Event) => {
    if (!e.defaultPrevented) submits++;
    e.preventDefault();
  };

  beforeEach(() => {
    submits = 0;
    document.addEventListener('submit', countSubmit);
    TestBed.inject(I18n).register(APPROVALS_I18N);
  });
  afterEach(() => document.removeEventListener('submit', countSubmit));

  async function open(data: DecisionDialogData) {
    const ref = TestBed.inject(MatDialog).open<DecisionDialog, DecisionDialogData, string>(
      DecisionDialog,
      { data },
    );
    let closedWith: string | undefined | null = null;
    ref.beforeClosed().subscribe((v) => (closedWith = v));
    const loader = TestbedHarnessEnvironment.documentRootLoader(TestBed.createComponent(Host));
    return { loader, closedWith: () => closedWith };
  }

  it('closes with the comment when the confirm button is clicked, without a page submit', async () => {
    const { loader, closedWith } = await open({ decision: 'approve', count: 2, totalFen: 300 });
    await (await loader.getHarness(MatInputHarness)).setValue('  同意 ');
    await (await loader.getHarness(MatButtonHarness.with({ text: /确认|Confirm/ }))).click();
    expect(closedWith()).toBe('同意');
    expect(submits).toBe(0);
  });

  it('does not close a rejection without a comment', async () => {
    const { loader, closedWith } = await open({ decision: 'reject', count: 1, totalFen: 100 });
    await (await loader.getHarness(MatButtonHarness.with({ text: /确认|Confirm/ }))).click();
    expect(closedWith()).toBeNull();
    expect(submits).toBe(0);
  });
});
