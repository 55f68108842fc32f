/**
 * 材料与审批单: the documents of a case. Owns the table {@code attachment} and the file store the bytes
 * live in ({@code affairs.documents.store}); uploads (checked by their content, limited in size and
 * type), lists, downloads and deletes attachments of a case and of its steps; declares the
 * documents each family requires (with the article that requires them) and refuses a submission or
 * an approval that lacks one (implementing {@link cn.affairs.approval.application.CaseDocuments});
 * renders the 审批单 as PDF.
 */
package cn.affairs.approval.document;
