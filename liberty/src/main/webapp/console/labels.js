// The words the console shows for the API's codes, as the server's own labels say them (each
// enum's Text in the Java code): one place, so that every page says 录入员 for RECORDER.

export const DUTY_ROLES = {
  POINT_LEADER: "点长",
  GROUP_LEADER: "组长",
  RECORDER: "录入员",
  GUIDE: "引导员",
  INSPECTOR: "查验员",
  SWAB_TAKER: "采样员",
  VOLUNTEER: "志愿者",
};

export const QUALIFICATIONS = {
  SWAB_SAMPLING: "核酸采样",
  ANTIGEN_TESTING: "抗原检测",
  FIRST_AID: "急救",
  DATA_ENTRY: "信息录入",
  TRAFFIC_GUIDANCE: "交通引导",
  DRIVING: "驾驶",
  DISINFECTION: "消杀",
  SHIFT_LEADERSHIP: "带班",
};

export const SEAT_STATES = {
  OPEN: "空缺",
  ASSIGNED: "已排班",
  SIGNED_IN: "已签到",
  SIGNED_OUT: "已签退",
  NO_SHOW: "未到岗",
};

export const ROSTER_JOB_STATES = {
  QUEUED: "排队中",
  SOLVING: "求解中",
  PROPOSED: "待确认",
  ACCEPTED: "已采用",
  DISCARDED: "已放弃",
  FAILED: "失败",
};

export const FINDING_KINDS = {
  ABSENT_FROM_POST: "脱岗",
  MISSING_PROTECTIVE_EQUIPMENT: "防护不到位",
  REGISTER_NOT_KEPT: "登记不规范",
  CHECKS_SKIPPED: "查验不严",
  SUPPLIES_SHORT: "物资不足",
  OTHER: "其他",
};

export const FINDING_SEVERITIES = { MINOR: "一般", SERIOUS: "较重", GRAVE: "严重" };

/** The word for a code in one of the tables above; the code itself when the table lacks it. */
export const label = (table, code) => table[code] || code;
