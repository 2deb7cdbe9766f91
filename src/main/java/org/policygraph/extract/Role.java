package org.policygraph.extract;

/** How a department is tied to a task: LEADS (explicit 牵头 or first-listed) or SUPPORTS. */
public enum Role { LEADS, SUPPORTS }
