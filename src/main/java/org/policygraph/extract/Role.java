package org.policygraph.extract;

/**
 * How a department is tied to a task: LEADS (explicit 牵头 or first-listed), SUPPORTS, IMPLEMENTS (the body that
 * carries the work out: 实施单位, 承办单位), which is neither lead nor support, or NAMED (a body the text names in
 * another capacity, read by a frame of roles.tsv: 「报X批准」, 「成立X，负责」; its basis is the frame's field).
 */
public enum Role { LEADS, SUPPORTS, IMPLEMENTS, NAMED }
