package org.shaodian.kernel.internal.region;

/**
 * One row of a region list as the file has it: the text of its cells, stripped, not yet checked
 * ({@link RegionImport} checks them). Absent or blank cells are {@code null}.
 *
 * @param row the row's number as a spreadsheet shows it: the header is row 1
 */
record RegionRow(int row, String code, String name, String nameEn, String parentCode) {}
