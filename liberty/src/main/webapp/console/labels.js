// The words the console shows for the API's codes, in Chinese and English, as the server's own
// labels say them (each enum's Text in the Java code): one place, so that every page says 录入员
// for RECORDER. label() picks the chosen language (./dom.js).

import { lang } from "./dom.js";

export const DUTY_ROLES = {
  POINT_LEADER: ["点长", "point leader"],
  GROUP_LEADER: ["组长", "group leader"],
  RECORDER: ["录入员", "recorder"],
  GUIDE: ["引导员", "guide"],
  INSPECTOR: ["查验员", "inspector"],
  SWAB_TAKER: ["采样员", "swab taker"],
  VOLUNTEER: ["志愿者", "volunteer"],
};

export const QUALIFICATIONS = {
  SWAB_SAMPLING: ["核酸采样", "swab sampling"],
  ANTIGEN_TESTING: ["抗原检测", "antigen testing"],
  FIRST_AID: ["急救", "first aid"],
  DATA_ENTRY: ["信息录入", "data entry"],
  TRAFFIC_GUIDANCE: ["交通引导", "traffic guidance"],
  DRIVING: ["驾驶", "driving"],
  DISINFECTION: ["消杀", "disinfection"],
  SHIFT_LEADERSHIP: ["带班", "leading a shift"],
};

export const SEAT_STATES = {
  OPEN: ["空缺", "open"],
  ASSIGNED: ["已排班", "assigned"],
  SIGNED_IN: ["已签到", "signed in"],
  SIGNED_OUT: ["已签退", "signed out"],
  NO_SHOW: ["未到岗", "no-show"],
};

export const ROSTER_JOB_STATES = {
  QUEUED: ["排队中", "queued"],
  SOLVING: ["求解中", "solving"],
  PROPOSED: ["待确认", "proposed"],
  ACCEPTED: ["已采用", "accepted"],
  DISCARDED: ["已放弃", "discarded"],
  FAILED: ["失败", "failed"],
};

export const FINDING_KINDS = {
  ABSENT_FROM_POST: ["脱岗", "absent from post"],
  MISSING_PROTECTIVE_EQUIPMENT: ["防护不到位", "missing protective equipment"],
  REGISTER_NOT_KEPT: ["登记不规范", "register not kept"],
  CHECKS_SKIPPED: ["查验不严", "checks skipped"],
  SUPPLIES_SHORT: ["物资不足", "supplies short"],
  OTHER: ["其他", "other"],
};

export const FINDING_SEVERITIES = {
  MINOR: ["一般", "minor"],
  SERIOUS: ["较重", "serious"],
  GRAVE: ["严重", "grave"],
};

export const HOME_CASE_KINDS = {
  HOME_ISOLATION: ["居家隔离", "home isolation"],
  HOME_OBSERVATION: ["居家观察", "home observation"],
  DAILY_MONITORING: ["日常健康监测", "daily health monitoring"],
};

export const REQUEST_CATEGORIES = {
  TESTING: ["核酸检测", "testing"],
  SUPPLIES: ["物资保障", "supplies"],
  MEDICAL: ["就医配药", "medical care and medicine"],
  PASSAGE: ["出行通行", "travel and passes"],
  ISOLATION: ["隔离管控", "isolation"],
  OTHER: ["其他", "other"],
};

export const REQUEST_URGENCIES = {
  URGENT: ["紧急", "urgent"],
  NORMAL: ["一般", "normal"],
  LOW: ["不急", "low"],
};

export const REQUEST_STATES = {
  RECEIVED: ["待受理", "received"],
  ACCEPTED: ["办理中", "in hand"],
  RESOLVED: ["已办结", "resolved"],
  CLOSED: ["已回访", "called back"],
};

export const RESIDENT_FLAGS = {
  ELDERLY_LIVING_ALONE: ["独居老人", "elderly living alone"],
  NEEDS_HELP: ["需帮扶", "needs help"],
  PARTY_MEMBER: ["党员", "party member"],
  SERVING_PARTY_MEMBER: ["在职党员", "in-service party member"],
};

export const HOUSEHOLD_RELATIONS = {
  HEAD: ["户主", "head of household"],
  SPOUSE: ["配偶", "spouse"],
  CHILD: ["子女", "child"],
  PARENT: ["父母", "parent"],
  GRANDCHILD: ["孙子女", "grandchild"],
  GRANDPARENT: ["祖父母", "grandparent"],
  SIBLING: ["兄弟姐妹", "sibling"],
  OTHER_RELATIVE: ["其他亲属", "other relative"],
  TENANT: ["租户", "tenant"],
  OTHER: ["其他", "other"],
};

/** The word for a code in one of the tables above, in the chosen language; the code itself when the table lacks it. */
export function label(table, code) {
  const words = table[code];
  return words ? words[lang() === "en" ? 1 : 0] : code;
}
