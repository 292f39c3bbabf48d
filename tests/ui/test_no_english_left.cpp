// Issue 5: no English left on screen in Tajik or Russian. With the demo data, the real main window visits
// every page, every tab, each page's editor with a record selected and every dialog the program has, walks
// the widget tree of everything visible and fails on any text that is an English source string of the program
// (or of Qt's strings the program shows). A language switch tg → ru → tg with the window open must leave no
// text of the previous language behind either.
#include "core/demo/DemoLoader.h"
#include "core/storage/TeamRepository.h"
#include "support/TestSupport.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/csv/ConcernImportDialog.h"
#include "ui/csv/CsvButtons.h"
#include "ui/csv/CsvExportDialog.h"
#include "ui/pages/Page.h"
#include "ui/pages/PrioritisationPage.h"
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QXmlStreamReader>
#include <QtCharts/QAbstractAxis>
#include <QtCharts/QAbstractSeries>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLegendMarker>
#include <QtCharts/QPieSeries>
#include <QtCharts/QPieSlice>

using namespace hamkori;

namespace {

const QString kCatalogueDir = QStringLiteral(HAMKORI_FIXTURES_DIR "/../../translations");

// Qt's own strings that the program shows (message box and button box buttons, the line edit's and the
// print preview's texts): English when no catalogue translates them.
const QStringList kQtSources =
    QStringLiteral("OK|Cancel|Yes|No|Save|Close|Apply|Open|Discard|Help|Reset|Abort|Retry|Ignore|Yes to All|"
                   "No to All|Save All|Restore Defaults|Undo|Redo|Cut|Copy|Paste|Delete|Select All|Print|"
                   "Page setup|Print Preview|Zoom in|Zoom out|Fit width|Fit page|Portrait|Landscape|"
                   "First page|Last page|Next page|Previous page|Show single page|Show facing pages|"
                   "Show overview of all pages|Export to PDF|Look in:|File name:")
        .split(QLatin1Char('|'));

// Names that are the same in every language.
const QSet<QString> kSameInEveryLanguage = {QStringLiteral("CSV"), QStringLiteral("PDF"),
                                            QStringLiteral("UTF-8"), QStringLiteral("Windows-1251"),
                                            QStringLiteral("Hamkori")};

// The built-in lists with their names in Tajik, Russian and English side by side, the gazetteer's names in
// every language, the rows of a CSV file read for import, and the files and folders of Qt's file dialog.
const QSet<QString> kDataInAnyLanguage = {QStringLiteral("referenceTable"),  QStringLiteral("gazetteerTable"),
                                          QStringLiteral("csvPreviewTable"), QStringLiteral("listView"),
                                          QStringLiteral("treeView"),        QStringLiteral("sidebar")};

// What the person reads: accelerators gone, rich text as plain text, spaces trimmed.
QString readable(QString text)
{
    if (Qt::mightBeRichText(text))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text.simplified();
}

// Latin words that belong in a Tajik or Russian text: key names, program names, the English names of
// languages and places given as examples.
const QSet<QString> kLatinWords = {
    QStringLiteral("Delete"), QStringLiteral("Enter"),       QStringLiteral("Shift"),
    QStringLiteral("Alt"),    QStringLiteral("Ctrl"),        QStringLiteral("Tab"),
    QStringLiteral("Esc"),    QStringLiteral("Space"),       QStringLiteral("Up"),
    QStringLiteral("Down"),   QStringLiteral("Left"),        QStringLiteral("Right"),
    QStringLiteral("Home"),   QStringLiteral("End"),         QStringLiteral("Hamkori"),
    QStringLiteral("Excel"),  QStringLiteral("LibreOffice"), QStringLiteral("English"),
    QStringLiteral("Isfara"), QStringLiteral("Leninabad")};

// English words in a text that is not in the catalogue (built without tr()); file paths and patterns
// ("*.csv") do not count.
bool hasEnglishWords(QString text)
{
    // Names of international agencies in the demo's directory (data, not interface): "UN Women".
    static const QRegularExpression agency(QStringLiteral("\\bUN Women\\b|\\bSaferworld\\b"));
    text.remove(agency);
    // An e-mail address (a placeholder's example) is no text in any language.
    static const QRegularExpression email(QStringLiteral("\\S+@\\S+"));
    text.remove(email);
    static const QRegularExpression path(QStringLiteral("\\S*[/\\\\*]\\S*"));
    static const QRegularExpression word(QStringLiteral("\\b[A-Za-z][a-z]{2,}\\b"));
    static const QRegularExpression unit(QStringLiteral("\\b[KMGT]i?B\\b")); // Qt's "4,84 MiB"
    text.remove(path);
    if (unit.match(text).hasMatch())
        return true;
    for (auto it = word.globalMatch(text); it.hasNext();)
        if (!kLatinWords.contains(it.next().captured()))
            return true;
    return false;
}

bool hasLatinWord(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    return word.match(text).hasMatch();
}

// The catalogue of one language: its English sources and its translations.
struct Catalogue
{
    QSet<QString> sources;
    QSet<QString> translations;
    // Sources with placeholders ("Code: %1"), as patterns that match the text once the arguments are in.
    QList<QPair<QRegularExpression, QString>> templates;
};

Catalogue readCatalogue(const QString& path, int atLeast = 500)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    Catalogue catalogue;
    QXmlStreamReader xml(&file);
    static const QRegularExpression placeholder(QStringLiteral("%(?:\\d+|n)"));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source") {
            const QString source = readable(xml.readElementText());
            if (!hasLatinWord(source) || kSameInEveryLanguage.contains(source))
                continue;
            if (source.contains(placeholder)) {
                // Only templates with English words of their own: "%1 (%2)" says nothing about the language.
                QString words = source;
                words.remove(placeholder);
                if (!QRegularExpression(QStringLiteral("[A-Za-z]{3,}")).match(words).hasMatch())
                    continue;
                QString pattern = QRegularExpression::escape(source);
                pattern.replace(QRegularExpression(QStringLiteral("%(?:\\d+|n)")), QStringLiteral(".*"));
                catalogue.templates.append(
                    {QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$'),
                                        QRegularExpression::DotMatchesEverythingOption),
                     source});
            } else {
                catalogue.sources.insert(source);
            }
        } else if (xml.name() == u"translation" || xml.name() == u"numerusform") {
            const QString translation = readable(xml.readElementText(QXmlStreamReader::IncludeChildElements));
            if (!translation.isEmpty() && !kSameInEveryLanguage.contains(translation))
                catalogue.translations.insert(translation);
        }
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    REQUIRE(catalogue.sources.size() > atLeast);
    return catalogue;
}

// One text on screen that should not be there.
struct Finding
{
    QString where; // widget class and object path
    QString what;  // which text of the widget
    QString text;
    QString why;
};

// Walks widgets and collects what is left in English (or in the language before the switch).
class TextWalker
{
public:
    TextWalker()
    {
        const Catalogue tajik = readCatalogue(kCatalogueDir + QStringLiteral("/hamkori_tg.ts"));
        const Catalogue russian = readCatalogue(kCatalogueDir + QStringLiteral("/hamkori_ru.ts"));
        m_english = tajik.sources;
        for (const QString& source : kQtSources)
            m_english.insert(source);
        // Qt's strings that the project translates into Tajik itself.
        if (QFile::exists(kCatalogueDir + QStringLiteral("/qt_tg.ts")))
            m_english.unite(readCatalogue(kCatalogueDir + QStringLiteral("/qt_tg.ts"), 10).sources);
        m_templates = tajik.templates;
        m_tajik = tajik.translations - russian.translations;
        m_russian = russian.translations - tajik.translations;
    }

    /// The language the texts must be in now ("tg" or "ru"); `phase` names the step in the findings.
    void setLanguage(const QString& language, const QString& phase)
    {
        m_language = language;
        m_phase = phase;
    }
    void setPhase(const QString& phase) { m_phase = phase; }

    void walk(QWidget* root)
    {
        if (!root->isVisible())
            return;
        visit(root);
        for (QWidget* widget : root->findChildren<QWidget*>())
            if (widget->isVisible())
                visit(widget);
    }

    const QList<Finding>& findings() const { return m_findings; }
    int textsSeen() const { return m_seen; }

    /// Adds the findings to the file named by HAMKORI_WALKER_REPORT, when set (one line each, to work
    /// through).
    void appendReport() const
    {
        const QString path = qEnvironmentVariable("HAMKORI_WALKER_REPORT");
        QFile file(path);
        if (path.isEmpty() || m_findings.isEmpty() || !file.open(QIODevice::Append | QIODevice::Text))
            return;
        file.write(report().toUtf8() + '\n');
    }

    QString report() const
    {
        QStringList lines;
        for (const Finding& f : m_findings)
            lines << QStringLiteral("%1 | %2 | %3: \"%4\" (%5)")
                         .arg(m_phases.value(&f - m_findings.data()), f.where, f.what, f.text, f.why);
        return lines.join(QLatin1Char('\n'));
    }

private:
    static QString pathOf(const QObject* object)
    {
        QStringList parts;
        for (const QObject* o = object; o; o = o->parent())
            parts.prepend(o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className())
                                                    : o->objectName());
        return QString::fromLatin1(object->metaObject()->className()) + QStringLiteral(" ") +
               parts.join(QLatin1Char('/'));
    }

    QString problemWith(const QString& text) const
    {
        if (m_english.contains(text))
            return QStringLiteral("English source");
        if (m_language == u"ru" && m_tajik.contains(text))
            return QStringLiteral("Tajik left after the switch to Russian");
        if (m_language == u"tg" && m_russian.contains(text))
            return QStringLiteral("Russian left after the switch to Tajik");
        if (hasLatinWord(text))
            for (const auto& [pattern, source] : m_templates)
                if (pattern.match(text).hasMatch())
                    return QStringLiteral("English source \"%1\"").arg(source);
        // A string that never went through tr() is in no catalogue: English words give it away.
        if (m_language != u"en" && hasEnglishWords(text))
            return QStringLiteral("English words");
        return {};
    }

    void check(const QObject* object, const QString& what, const QString& raw)
    {
        const QString text = readable(raw);
        if (text.isEmpty() || kSameInEveryLanguage.contains(text))
            return;
        ++m_seen;
        const QString why = problemWith(text);
        if (!why.isEmpty())
            note(object, what, text, why);
    }

    void note(const QObject* object, const QString& what, const QString& text, const QString& why)
    {
        const QString where = pathOf(object);
        const QString key = where + what + text;
        if (m_reported.contains(key))
            return;
        m_reported.insert(key);
        m_phases.insert(int(m_findings.size()), m_phase);
        m_findings.append({where, what, text, why});
    }

    void checkActions(const QObject* owner, const QList<QAction*>& actions, int depth = 0)
    {
        for (QAction* action : actions) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            check(owner, QStringLiteral("action"), action->text());
            check(owner, QStringLiteral("action tool tip"), action->toolTip());
            if (action->menu() && depth < 4) {
                check(action->menu(), QStringLiteral("menu title"), action->menu()->title());
                checkActions(action->menu(), action->menu()->actions(), depth + 1);
            }
        }
    }

    void checkModel(const QAbstractItemView* view)
    {
        const QAbstractItemModel* model = view->model();
        if (!model || qobject_cast<const QHeaderView*>(view)) // a header shows its view's model
            return;
        const auto* table = qobject_cast<const QTableView*>(view);
        for (int column = 0; column < model->columnCount(); ++column) {
            if (table && table->isColumnHidden(column))
                continue;
            check(view, QStringLiteral("header %1").arg(column),
                  model->headerData(column, Qt::Horizontal).toString());
            check(view, QStringLiteral("header tool tip %1").arg(column),
                  model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString());
        }
        // Tables that show names in every language on purpose, or a file's contents: their headers only.
        if (kDataInAnyLanguage.contains(view->objectName()))
            return;
        const int rows = std::min(model->rowCount(), 60);
        for (int row = 0; row < rows; ++row) {
            check(view, QStringLiteral("row header %1").arg(row),
                  model->headerData(row, Qt::Vertical).toString());
            for (int column = 0; column < model->columnCount(); ++column) {
                const QModelIndex index = model->index(row, column);
                check(view, QStringLiteral("cell %1,%2").arg(row).arg(column), index.data().toString());
                check(view, QStringLiteral("cell tool tip %1,%2").arg(row).arg(column),
                      index.data(Qt::ToolTipRole).toString());
            }
        }
    }

    void checkChart(const QChartView* view)
    {
        const QChart* chart = view->chart();
        check(view, QStringLiteral("chart title"), chart->title());
        for (QAbstractAxis* axis : chart->axes()) {
            check(view, QStringLiteral("axis title"), axis->titleText());
            if (auto* categories = qobject_cast<QBarCategoryAxis*>(axis))
                for (const QString& category : categories->categories())
                    check(view, QStringLiteral("axis label"), category);
        }
        for (QAbstractSeries* series : chart->series()) {
            check(view, QStringLiteral("series"), series->name());
            if (auto* pie = qobject_cast<QPieSeries*>(series))
                for (QPieSlice* slice : pie->slices())
                    check(view, QStringLiteral("slice"), slice->label());
        }
    }

    void visit(QWidget* widget)
    {
        if (widget->isWindow())
            check(widget, QStringLiteral("window title"), widget->windowTitle());
        check(widget, QStringLiteral("tool tip"), widget->toolTip());
        checkActions(widget, widget->actions());
        if (auto* label = qobject_cast<QLabel*>(widget)) {
            check(widget, QStringLiteral("text"), label->text());
            // Without a buddy a label shows the "&" of its accelerator.
            if (!label->buddy() && label->textFormat() != Qt::RichText &&
                !Qt::mightBeRichText(label->text()) &&
                label->text().remove(QStringLiteral("&&")).contains(QLatin1Char('&')))
                note(widget, QStringLiteral("text"), label->text(), QStringLiteral("\"&\" shown: no buddy"));
        }
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            check(widget, QStringLiteral("text"), button->text());
        if (auto* group = qobject_cast<QGroupBox*>(widget))
            check(widget, QStringLiteral("title"), group->title());
        if (auto* bar = qobject_cast<QTabBar*>(widget))
            for (int tab = 0; tab < bar->count(); ++tab) {
                check(widget, QStringLiteral("tab %1").arg(tab), bar->tabText(tab));
                check(widget, QStringLiteral("tab tool tip %1").arg(tab), bar->tabToolTip(tab));
            }
        if (auto* edit = qobject_cast<QLineEdit*>(widget))
            check(widget, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto* edit = qobject_cast<QPlainTextEdit*>(widget))
            check(widget, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto* edit = qobject_cast<QTextEdit*>(widget))
            check(widget, QStringLiteral("placeholder"), edit->placeholderText());
        if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget))
            check(widget, QStringLiteral("special value"), spin->specialValueText());
        if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
            check(widget, QStringLiteral("prefix"), spin->prefix());
            check(widget, QStringLiteral("suffix"), spin->suffix());
        }
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            check(widget, QStringLiteral("placeholder"), combo->placeholderText());
            for (int item = 0; item < combo->count(); ++item)
                check(widget, QStringLiteral("item %1").arg(item), combo->itemText(item));
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget)) {
            checkModel(view);
        }
        if (auto* window = qobject_cast<QMainWindow*>(widget))
            checkActions(window->menuBar(), window->menuBar()->actions());
        if (auto* bar = qobject_cast<QToolBar*>(widget))
            checkActions(widget, bar->actions());
        QMenu* menu = nullptr;
        if (auto* button = qobject_cast<QPushButton*>(widget))
            menu = button->menu();
        if (auto* button = qobject_cast<QToolButton*>(widget))
            menu = button->menu();
        if (menu)
            checkActions(menu, menu->actions());
        if (auto* chart = qobject_cast<QChartView*>(widget))
            checkChart(chart);
        if (auto* view = qobject_cast<QGraphicsView*>(widget); view && view->scene())
            for (QGraphicsItem* item : view->scene()->items()) {
                if (!item->isVisible())
                    continue;
                if (auto* text = dynamic_cast<QGraphicsTextItem*>(item))
                    check(widget, QStringLiteral("drawn text"), text->toPlainText());
                else if (auto* simple = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                    check(widget, QStringLiteral("drawn text"), simple->text());
                check(widget, QStringLiteral("drawn tool tip"), item->toolTip());
            }
    }

    QSet<QString> m_english;
    QList<QPair<QRegularExpression, QString>> m_templates;
    QSet<QString> m_tajik;
    QSet<QString> m_russian;
    QString m_language;
    QString m_phase;
    QList<Finding> m_findings;
    QHash<int, QString> m_phases;
    QSet<QString> m_reported;
    int m_seen = 0;
};

// Installs a language for one test and puts English back after it, whatever happens.
struct Language
{
    explicit Language(const QString& code) { REQUIRE(Translations::install(code)); }
    ~Language() { Translations::install(QStringLiteral("en")); }
    static void change(const QString& code)
    {
        REQUIRE(Translations::install(code));
        QApplication::processEvents(); // the language change reaches every widget
    }
};

void settle()
{
    QApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QApplication::processEvents();
}

template <class T = QWidget> T* find(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

// Makes the first row of a list the current one, as a click would, when nothing is chosen yet.
void selectFirst(QWidget* root, const char* name)
{
    auto* view = find<QAbstractItemView>(root, name);
    INFO("the list " << name);
    REQUIRE(view != nullptr);
    REQUIRE(view->model()->rowCount() > 0);
    if (!view->currentIndex().isValid() || !view->selectionModel()->hasSelection()) {
        int column = 0;
        if (auto* table = qobject_cast<QTableView*>(view))
            while (table->isColumnHidden(column))
                ++column;
        view->setCurrentIndex(view->model()->index(0, column));
    }
    settle();
}

// The whole program with the demo data at the size of the facilitators' laptops.
struct DemoWindow
{
    test::TempDatabase db;
    std::unique_ptr<MainWindow> window;

    DemoWindow()
    {
        REQUIRE(demo::loadDemo(*db).ok());
        window = std::make_unique<MainWindow>(*db);
        window->resize(1366, 768);
        auto teams = TeamRepository(*db).teams();
        REQUIRE(teams.ok());
        for (const Team& team : *teams)
            if (team.code == QStringLiteral("KUS")) // the team with a decided round and a plan under way
                window->session().setCurrentTeam(team.meta.uuid);
        REQUIRE_FALSE(window->session().currentTeam().isEmpty());
        window->show();
        settle();
    }

    Page* show(int index)
    {
        window->showPage(index);
        settle();
        return window->pages().at(index);
    }

    template <class P> int indexOf()
    {
        const auto pages = window->pages();
        for (int i = 0; i < pages.size(); ++i)
            if (qobject_cast<P*>(pages.at(i)))
                return i;
        FAIL("no such page");
        return -1;
    }

    /// The dialogs of the window that are on screen.
    QList<QDialog*> openDialogs() const
    {
        QList<QDialog*> dialogs;
        for (QWidget* widget : QApplication::topLevelWidgets())
            if (auto* dialog = qobject_cast<QDialog*>(widget); dialog && dialog->isVisible())
                dialogs << dialog;
        return dialogs;
    }
};

// Every tab of every tab widget of the page, nested ones too, each walked.
void walkTabs(TextWalker& walker, QWidget* root, const QString& phase)
{
    for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
        if (!tabs->isVisible())
            continue;
        const int current = tabs->currentIndex();
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            settle();
            walker.setPhase(phase + QStringLiteral(" tab %1").arg(tab));
            walker.walk(root->window());
        }
        tabs->setCurrentIndex(current);
        settle();
    }
}

// The lists whose first record the pages show in their editors, in the order they depend on each other.
const QList<const char*> kRecordLists = {"memberTable", "meetingList", "concernTable",
                                         "roundList",   "planList",    "activitiesView"};

// Brings forward the tabs that hold `widget`, so that it is on screen.
void showInItsTabs(QWidget* widget, QWidget* page)
{
    for (QWidget* w = widget; w && w != page; w = w->parentWidget()) {
        QWidget* stack = w->parentWidget();
        auto* tabs = stack ? qobject_cast<QTabWidget*>(stack->parentWidget()) : nullptr;
        if (tabs && tabs->indexOf(w) >= 0)
            tabs->setCurrentWidget(w);
    }
}

void visitEveryPage(TextWalker& walker, DemoWindow& f, const QString& language)
{
    for (int i = 0; i < f.window->pages().size(); ++i) {
        Page* page = f.show(i);
        const QString phase =
            language + QStringLiteral(" ") + QString::fromLatin1(page->metaObject()->className());
        walker.setPhase(phase);
        walker.walk(f.window.get());
        for (const char* list : kRecordLists)
            if (auto* view = find<QAbstractItemView>(page, list); view && view->model()->rowCount() > 0) {
                // Lists inside tabs are shown by their tab first.
                showInItsTabs(view, page);
                settle();
                selectFirst(page, list);
            }
        walker.setPhase(phase + QStringLiteral(" with a record"));
        walker.walk(f.window.get());
        walkTabs(walker, page, phase);
    }
}

// Saves a picture of a dialog into the folder named by HAMKORI_WALKER_SHOTS, when set (to look at the dialogs
// in Tajik and Russian: the screenshot mode shows pages only).
void photograph(QWidget* dialog, const QString& phase)
{
    const QString folder = qEnvironmentVariable("HAMKORI_WALKER_SHOTS");
    if (folder.isEmpty() || !dialog)
        return;
    QDir().mkpath(folder);
    QString name = phase;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    dialog->grab().save(QStringLiteral("%1/%2.png").arg(folder, name));
}

// Opens a dialog with `open`, walks it and every tab in it, and closes it.
void walkDialog(TextWalker& walker, DemoWindow& f, const QString& phase, const std::function<void()>& open)
{
    const QList<QDialog*> before = f.openDialogs();
    open();
    settle();
    QList<QDialog*> opened;
    for (QDialog* dialog : f.openDialogs())
        if (!before.contains(dialog))
            opened << dialog;
    INFO(phase.toStdString());
    REQUIRE(opened.size() == 1);
    QPointer<QDialog> dialog = opened.first();
    walker.setPhase(phase);
    walker.walk(dialog);
    photograph(dialog, phase);
    walkTabs(walker, dialog, phase);
    if (dialog)
        dialog->reject();
    settle();
}

void clickButton(QWidget* root, const char* name)
{
    auto* button = find<QAbstractButton>(root, name);
    INFO("the button " << name);
    REQUIRE(button != nullptr);
    REQUIRE(button->isEnabled());
    button->click();
}

// Runs `trigger`, which opens a modal D with exec(): walks it and closes it (a message box with No).
template <class D>
int walkModal(TextWalker& walker, const QString& phase, const std::function<void()>& trigger)
{
    int walked = 0;
    QTimer watch;
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        walker.setPhase(phase);
        walker.walk(dialog);
        photograph(dialog, phase);
        ++walked;
        if (auto* box = qobject_cast<QMessageBox*>(dialog))
            box->done(QMessageBox::No);
        else
            dialog->reject();
    });
    watch.start();
    trigger();
    watch.stop();
    settle();
    return walked;
}

// Every dialog of the program, opened the way the pages open them, with the page's first record selected.
void visitEveryDialog(TextWalker& walker, DemoWindow& f, const QString& language)
{
    const auto pages = f.window->pages();
    auto pageNamed = [&](const char* className) -> Page* {
        for (int i = 0; i < pages.size(); ++i)
            if (QString::fromLatin1(pages.at(i)->metaObject()->className())
                    .endsWith(QLatin1String(className)))
                return f.show(i);
        FAIL("no page " << className);
        return nullptr;
    };
    auto clickOpens = [&](Page* page, const char* button) {
        walkDialog(walker, f, language + QStringLiteral(" dialog of ") + QLatin1String(button),
                   [&] { clickButton(page, button); });
    };

    Page* meetings = pageNamed("MeetingsPage");
    selectFirst(meetings, "meetingList");
    clickOpens(meetings, "registerConcern");
    clickOpens(meetings, "meetingDocuments");

    Page* concerns = pageNamed("ConcernsPage");
    selectFirst(concerns, "concernTable");
    clickOpens(concerns, "newConcernButton");
    clickOpens(concerns, "changeStatus");
    clickOpens(concerns, "addLink");
    auto* csv = concerns->findChild<csv::ConcernCsvButton*>();
    REQUIRE(csv != nullptr);
    const QString exported = f.db.dir.filePath(QStringLiteral("concerns.csv"));
    walkDialog(walker, f, language + QStringLiteral(" CSV export of concerns"), [&] {
        csv::CsvExportDialog* dialog = csv->openExport();
        REQUIRE(dialog != nullptr);
        dialog->setFileName(exported);
        REQUIRE(dialog->exportNow().ok()); // the dialog says where the file went
    });
    walkDialog(walker, f, language + QStringLiteral(" CSV import of concerns"), [&] {
        csv::ConcernImportDialog* dialog = csv->openImport();
        REQUIRE(dialog != nullptr);
        REQUIRE(dialog->loadFile(exported)); // the mapping, the preview and the check of every row
    });
    // The confirmation before deleting, answered No.
    CHECK(walkModal<QMessageBox>(walker, language + QStringLiteral(" confirmation"),
                                 [&] { clickButton(concerns, "deleteConcernButton"); }) == 1);
    // Qt's file dialog, from the CSV export's "Browse…".
    walkDialog(walker, f, language + QStringLiteral(" CSV export, choosing the file"), [&] {
        csv::CsvExportDialog* dialog = csv->openExport();
        REQUIRE(dialog != nullptr);
        dialog->setFileName(exported);
        const QString browse = QCoreApplication::translate("hamkori::csv::CsvExportDialog", "&Browse…");
        QPushButton* button = nullptr;
        for (QPushButton* candidate : dialog->findChildren<QPushButton*>())
            if (candidate->text() == browse)
                button = candidate;
        REQUIRE(button != nullptr);
        CHECK(walkModal<QFileDialog>(walker, language + QStringLiteral(" file dialog"),
                                     [&] { button->click(); }) == 1);
    });

    auto* prioritisation = qobject_cast<PrioritisationPage*>(pageNamed("PrioritisationPage"));
    REQUIRE(prioritisation != nullptr);
    selectFirst(prioritisation, "roundList");
    prioritisation->setDialogDriver([&](QDialog& dialog) {
        dialog.show();
        settle();
        walker.walk(&dialog);
        photograph(&dialog, language + QStringLiteral(" ") + dialog.objectName());
        walkTabs(walker, &dialog, language + QStringLiteral(" ") + dialog.objectName());
        dialog.reject();
    });
    for (const char* button : {"startRound", "editRound", "recordDecision"}) {
        walker.setPhase(language + QStringLiteral(" dialog of ") + QLatin1String(button));
        clickButton(prioritisation, button);
        settle();
    }
    prioritisation->setDialogDriver({});

    Page* plans = pageNamed("PlansPage");
    selectFirst(plans, "planList");
    clickOpens(plans, "planDocuments");
    clickOpens(plans, "exportActivitiesCsv");
    find<QTabWidget>(plans, "planTabs")->setCurrentIndex(1);
    settle();
    selectFirst(plans, "activitiesView");
    clickOpens(plans, "addProgress");

    walkDialog(walker, f, language + QStringLiteral(" About"), [&] {
        auto* about = f.window->findChild<QAction*>(QStringLiteral("aboutAction"));
        REQUIRE(about != nullptr);
        about->trigger();
    });
    walkDialog(walker, f, language + QStringLiteral(" Guide to the cycle"), [&] {
        auto* guide = f.window->findChild<QAction*>(QStringLiteral("guideAction"));
        REQUIRE(guide != nullptr);
        guide->trigger();
    });

    Page* settings = pageNamed("SettingsPage");
    auto* settingsTabs = find<QTabWidget>(settings, "settingsTabs");
    for (int tab = 0; tab < settingsTabs->count(); ++tab)
        if (auto* add = find<QAbstractButton>(settingsTabs->widget(tab), "addPlaceButton")) {
            settingsTabs->setCurrentIndex(tab);
            settle();
            walkDialog(walker, f, language + QStringLiteral(" dialog of addPlaceButton"),
                       [&] { add->click(); });
        }
}

} // namespace

TEST_CASE("no English is left on any page or tab or dialog in Tajik or Russian", "[walker]")
{
    TextWalker walker;
    for (const QString& language : {QStringLiteral("tg"), QStringLiteral("ru")}) {
        DYNAMIC_SECTION("language " << language.toStdString())
        {
            Language chosen(language);
            walker.setLanguage(language, language);
            DemoWindow f;
            visitEveryPage(walker, f, language);
            visitEveryDialog(walker, f, language);
            walker.appendReport();
            walker.appendReport();
            INFO(walker.report().toStdString());
            CHECK(walker.textsSeen() > 1500);
            CHECK(walker.findings().isEmpty());
        }
    }
}

TEST_CASE("switching tg to ru to tg with the window open leaves no text of the language before", "[walker]")
{
    TextWalker walker;
    Language tajik(QStringLiteral("tg"));
    DemoWindow f;
    // Every page built and shown once in Tajik, and every dialog opened once (the concern editor keeps its
    // dialogs for the next time), the concerns page with a record left on screen.
    walker.setLanguage(QStringLiteral("tg"), QStringLiteral("tg"));
    visitEveryPage(walker, f, QStringLiteral("tg"));
    visitEveryDialog(walker, f, QStringLiteral("tg"));
    const int concerns = [&] {
        for (int i = 0; i < f.window->pages().size(); ++i)
            if (QString::fromLatin1(f.window->pages().at(i)->metaObject()->className())
                    .endsWith(QLatin1String("ConcernsPage")))
                return i;
        return 0;
    }();
    Page* page = f.show(concerns);
    selectFirst(page, "concernTable");

    for (const QString& language : {QStringLiteral("ru"), QStringLiteral("tg")}) {
        Language::change(language);
        // What is on screen now, without moving: the page in front retranslated itself at once.
        walker.setLanguage(language,
                           QStringLiteral("switch to ") + language + QStringLiteral(", page in front"));
        walker.walk(f.window.get());
        // Then every other page, as it was built before the switch.
        visitEveryPage(walker, f, QStringLiteral("switch to ") + language);
        visitEveryDialog(walker, f, QStringLiteral("switch to ") + language);
        f.show(concerns);
    }
    walker.appendReport();
    INFO(walker.report().toStdString());
    CHECK(walker.textsSeen() > 1500);
    CHECK(walker.findings().isEmpty());
}

TEST_CASE("the walker finds the English of an untranslated window", "[walker]")
{
    // The same walk in English must report the texts of the menus, pages, tabs, headers and dialogs: proof
    // that the walk reaches them and that the catalogue is read.
    TextWalker walker;
    walker.setLanguage(QStringLiteral("en"), QStringLiteral("en"));
    DemoWindow f;
    visitEveryPage(walker, f, QStringLiteral("en"));
    visitEveryDialog(walker, f, QStringLiteral("en"));
    QSet<QString> whats;
    QSet<QString> texts;
    for (const Finding& finding : walker.findings()) {
        whats.insert(finding.what.section(QLatin1Char(' '), 0, 0));
        texts.insert(finding.text);
    }
    INFO(QStringList(whats.values()).join(QStringLiteral(", ")).toStdString());
    CHECK(walker.findings().size() > 1000);
    // No "axis": the overview names its categories and statuses with labels ("text"), not axis labels.
    for (const char* what : {"action", "text", "tab", "header", "item", "cell", "window", "title", "tool",
                             "placeholder", "chart"})
        CHECK(whats.contains(QString::fromLatin1(what)));
    for (const char* text : {"Cancel", "No", "Overview"})
        CHECK(texts.contains(QString::fromLatin1(text)));
}
