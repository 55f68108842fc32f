/**
 * The Excel side of every register and of staffing, shared so that each register follows the same
 * rules: a template with Chinese headers and a sheet of notes ({@link SheetWriter}), reading an
 * upload into numbered rows of text ({@link SheetReader}), collecting every bad row with its sheet
 * row number ({@link ImportErrors}) and refusing the whole file when any row is bad ({@link
 * ImportRefused}, answered as 400 {@code {error, message, errors: [{row, field, message}]}} by
 * {@link ImportRefusedHandler}), and the download response ({@link XlsxResponses}). Built on Apache
 * POI.
 */
package cn.affairs.approval.workbook;
