#pragma once
// Free texts that give away a restricted concern a document leaves out. Minutes record that "domestic
// violence was recorded as restricted", a plan's objective names the very problem its hidden concern
// describes: leaving the concern's row out is not enough. A text mentions a hidden concern when it holds its
// code, or two of the significant words of its title or category (compared by their stems, so that Tajik and
// Russian endings do not hide them). The test errs on the side of saying too much: the user reads the list
// and chooses.
#include "DocumentContent.h"

namespace hamkori::report {

/// Every text of the document that mentions one of its hidden concerns, in reading order, each once.
QList<Mention> findMentions(const DocumentContent& content);
/// Replaces every such text with `replacement`, and lists them in the content's `leftOut`.
void leaveOutMentions(DocumentContent& content, const QString& replacement);

} // namespace hamkori::report
