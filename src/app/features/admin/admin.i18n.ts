import type { Translations } from '../../core/i18n/i18n';

export const ADMIN_I18N: Translations = {
  'zh-CN': {
    'admin.settings.title': '公司设置',
    'admin.settings.approvals': '审批阈值',
    'admin.settings.approvalsHint':
      '订单金额达到阈值时需要人力审批；达到二级阈值时需要两位不同的审批人。',
    'admin.settings.approvalThreshold': '审批阈值（元）',
    'admin.settings.approvalThresholdHint': '达到此金额的订单需要一级审批',
    'admin.settings.secondApprovalThreshold': '二级审批阈值（元）',
    'admin.settings.secondApprovalThresholdHint': '达到此金额需要两级审批，须高于审批阈值',
    'admin.settings.welfare': '福利积分',
    'admin.settings.pointValue': '积分价值（元/积分）',
    'admin.settings.pointValueHint': '一个积分折合的金额',
    'admin.settings.required': '必填',
    'admin.settings.positive': '必须大于 0',
    'admin.settings.decimals': '最多两位小数',
    'admin.settings.secondAboveFirst': '二级审批阈值必须高于审批阈值',
    'admin.settings.save': '保存',
    'admin.settings.reset': '放弃修改',
    'admin.settings.saved': '设置已保存，新的阈值对之后提交的申请生效。',
    'admin.error.load': '无法加载公司设置：{detail}',
    'admin.error.save': '保存失败：{detail}',
    'admin.error.conflict': '设置已被他人修改，下面显示的是最新的值，请确认后重新保存。',
    'admin.error.forbidden': '只有管理员可以修改公司设置。',
  },
  en: {
    'admin.settings.title': 'Company settings',
    'admin.settings.approvals': 'Approval thresholds',
    'admin.settings.approvalsHint':
      'Orders at or above the threshold need HR approval; at the second threshold, two different approvers.',
    'admin.settings.approvalThreshold': 'Approval threshold (¥)',
    'admin.settings.approvalThresholdHint': 'Orders of this amount or more need one approval',
    'admin.settings.secondApprovalThreshold': 'Second approval threshold (¥)',
    'admin.settings.secondApprovalThresholdHint':
      'From this amount two approvals are needed; above the first threshold',
    'admin.settings.welfare': 'Welfare points',
    'admin.settings.pointValue': 'Point value (¥ per point)',
    'admin.settings.pointValueHint': 'What one point is worth',
    'admin.settings.required': 'Required',
    'admin.settings.positive': 'Must be above 0',
    'admin.settings.decimals': 'At most two decimals',
    'admin.settings.secondAboveFirst': 'The second threshold must be above the first',
    'admin.settings.save': 'Save',
    'admin.settings.reset': 'Discard changes',
    'admin.settings.saved': 'Saved. The new thresholds apply to requests submitted from now on.',
    'admin.error.load': 'The company settings could not be loaded: {detail}',
    'admin.error.save': 'Saving failed: {detail}',
    'admin.error.conflict':
      'Someone else changed the settings meanwhile; the current values are shown, check them and save again.',
    'admin.error.forbidden': 'Only admins may change the company settings.',
  },
};
