package org.policygraph.extract;

/**
 * How a department is tied to a task: LEADS (explicit 牵头 or first-listed), SUPPORTS, or IMPLEMENTS (the body that
 * carries the work out: 实施单位, 承办单位), which is neither lead nor support.
 */
public enum Role { LEADS, SUPPORTS, IMPLEMENTS }
