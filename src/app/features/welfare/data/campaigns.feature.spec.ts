import {
  audienceRows,
  badRows,
  budgetRequestLink,
  withBom,
  type CampaignPreview,
} from './campaign.model';
import {
  CampaignListPageActions,
  CampaignPageActions,
  CampaignsApiActions,
} from './campaigns.actions';
import { campaignsFeature, initialCampaignsState } from './campaigns.feature';
import { campaign } from './test-data.spec-util';

function preview(over: boolean): CampaignPreview {
  return {
    campaignId: 'WC1',
    employees: 3,
    badRows: 1,
    pointsPerEmployee: 800,
    totalPoints: 2400,
    pointValueFen: 100,
    costFen: 240_000,
    budget: { budgetId: 'B-1', availableBeforeFen: 100_000, availableAfterFen: -140_000 },
    approvalLevels: 0,
    needsApproval: false,
    overBudget: over,
    budgetRequest: over ? { budgetId: 'B-1', deltaFen: 140_000 } : null,
  };
}

describe('welfareCampaigns feature', () => {
  const reduce = campaignsFeature.reducer;

  it('reads a pasted list: one row per line, Excel tabs and commas split, blanks dropped', () => {
    expect(audienceRows('C100001\r\n\n c100002 ,x@c1.example\tC100003;')).toEqual([
      'C100001',
      'c100002',
      'x@c1.example',
      'C100003',
    ]);
  });

  it('keeps the check and the preview of the campaign shown, not of another', () => {
    let s = reduce(initialCampaignsState, CampaignPageActions.opened({ id: 'WC1' }));
    s = reduce(s, CampaignsApiActions.loaded({ campaign: campaign('WC1') }));
    s = reduce(
      s,
      CampaignsApiActions.audienceChecked({
        id: 'WC1',
        check: {
          ok: 1,
          bad: 1,
          rows: [
            { row: 1, input: 'C100005', status: 'ok', employeeId: 'u1' },
            { row: 2, input: 'x@c2.example', status: 'other-company' },
          ],
        },
      }),
    );
    s = reduce(s, CampaignsApiActions.previewLoaded({ preview: preview(false) }));
    expect(badRows(s.check).map((r) => r.row)).toEqual([2]);
    expect(s.preview?.employees).toBe(3);
    s = reduce(
      s,
      CampaignsApiActions.audienceChecked({ id: 'WC9', check: { ok: 0, bad: 0, rows: [] } }),
    );
    expect(s.check?.ok).toBe(1);
    s = reduce(s, CampaignPageActions.opened({ id: 'WC2' }));
    expect(s.check).toBeNull();
    expect(s.preview).toBeNull();
    expect(s.detail).toBeNull();
  });

  it('over budget: a link to a budget request prefilled with what is missing', () => {
    expect(budgetRequestLink(preview(true))).toEqual({
      path: '/budgets/requests/new',
      queryParams: { budgetId: 'B-1', deltaFen: 140_000 },
    });
    expect(budgetRequestLink(preview(false))).toBeNull();
  });

  it('records a grant on the campaign and a refusal apart', () => {
    let s = reduce(initialCampaignsState, CampaignPageActions.opened({ id: 'WC1' }));
    s = reduce(
      s,
      CampaignsApiActions.loaded({ campaign: campaign('WC1', { status: 'published' }) }),
    );
    s = reduce(s, CampaignPageActions.grantRequested({ id: 'WC1' }));
    expect(s.granting).toBeTrue();
    s = reduce(
      s,
      CampaignsApiActions.grantFailed({
        id: 'WC1',
        error: { status: 422, code: 'BUDGET_EXCEEDED', detail: '' },
      }),
    );
    expect(s.granting).toBeFalse();
    expect(s.grantError?.code).toBe('BUDGET_EXCEEDED');
    s = reduce(s, CampaignPageActions.grantRequested({ id: 'WC1' }));
    s = reduce(
      s,
      CampaignsApiActions.granted({ id: 'WC1', grant: { id: 'G1', status: 'credited' } }),
    );
    expect(s.grant?.status).toBe('credited');
    expect(s.detail?.grantId).toBe('G1');
  });

  it('gives the exported CSV back its BOM, once', () => {
    expect(withBom('grantId,reached\r\n')).toBe('\uFEFFgrantId,reached\r\n');
    expect(withBom('\uFEFFa')).toBe('\uFEFFa');
  });

  it('tracks the CSV export and keeps its failure apart from the list', () => {
    let s = reduce(initialCampaignsState, CampaignListPageActions.exportRequested());
    expect(s.exporting).toBeTrue();
    s = reduce(
      s,
      CampaignsApiActions.exportFailed({ error: { status: 0, code: 'NETWORK', detail: '' } }),
    );
    expect(s.exporting).toBeFalse();
    expect(s.exportError?.code).toBe('NETWORK');
    expect(s.error).toBeNull();
    s = reduce(s, CampaignListPageActions.exportRequested());
    expect(s.exportError).toBeNull();
    s = reduce(s, CampaignsApiActions.exported());
    expect(s.exporting).toBeFalse();
  });
});
