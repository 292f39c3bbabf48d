#pragma once
// The questionnaire that comes with Hamkori (issue 21): what a new survey round asks, in the order of the
// paper sheet, and the texts of its questions and options in tg/ru/en (context "Questionnaire"). The
// indicators read the standard questions by topic and their options by number, so a team may rename an option
// or add options after the standard ones, but the standard options keep their numbers (see positiveOptions).
#include "Survey.h"
#include <functional>

namespace hamkori::questionnaire {

/// Translates a source text of a context: QCoreApplication::translate for the window, a document's own
/// language for a document.
using Translate = std::function<QString(const char* context, const char* source)>;
Translate windowLanguage();

/// The questions a new round starts with, numbered 1, 2, … The biggest-concerns question offers these
/// concern categories (their ids), in this order.
QList<SurveyQuestion> standardQuestions(const QStringList& categoryUuids);

/// The question as the sheet asks it: the team's own text, or the standard text of its topic.
QString text(const SurveyQuestion& question, const Translate& translate = windowLanguage());
/// The standard options of a topic (empty for Custom and TopConcerns).
QStringList standardOptions(SurveyTopic topic, const Translate& translate = windowLanguage());
/// The options as the sheet offers them, numbered from 1: the team's own options where given (for the
/// biggest concerns, the categories' names through `categoryName`), else the standard ones.
QStringList options(const SurveyQuestion& question, const Translate& translate = windowLanguage(),
                    const std::function<QString(const QString&)>& categoryName = {});

/// The options of a standard topic an indicator counts as "yes": very or fairly safe, fully or mostly
/// trusting, the police first… Empty for a topic no indicator reads.
QList<int> positiveOptions(SurveyTopic topic);

} // namespace hamkori::questionnaire
