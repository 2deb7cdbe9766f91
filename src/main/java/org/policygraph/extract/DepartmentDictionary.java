package org.policygraph.extract;
public final class DepartmentDictionary { public static DepartmentDictionary load() { return new DepartmentDictionary(); } }
