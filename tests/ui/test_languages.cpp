// The languages beyond Hamkori's own catalogues: Qt's own dialogs and menus in Tajik (qt_tg, ours) and
// Russian (Debian's qtbase_ru), the language question of a first start, and a window font that has every
// Tajik letter.
#include "support/TestSupport.h"
#include "translations/Translations.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/pages/WelcomePage.h"
#include "ui/pages/welcome/LanguageChoice.h"
#include "ui/widgets/UiFont.h"
#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRawFont>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <memory>

using namespace hamkori;

namespace {

/// Installs a language for one test and puts English back afterwards, as TestMain left it.
struct Language
{
    explicit Language(const QString& code) { REQUIRE(Translations::install(code)); }
    ~Language()
    {
        Translations::install(QStringLiteral("en"));
        QCoreApplication::processEvents();
    }
};

QStringList buttonTexts(QWidget& parent)
{
    QStringList texts;
    for (QAbstractButton* button : parent.findChildren<QAbstractButton*>())
        if (!button->text().isEmpty())
            texts << button->text();
    return texts;
}

/// What a language says for the texts the tests look at, and the English it must not show.
struct Expected
{
    QString code;
    QString yes, no, cancel, save, close, showDetails, undo, paste, selectAll, lookIn, fileName, name,
        saveFile;
};

Expected expected(const QString& code)
{
    if (code == u"tg")
        return {code,
                QStringLiteral("&Ҳа"),
                QStringLiteral("&Не"),
                QStringLiteral("Бекор кардан"),
                QStringLiteral("Нигоҳ доштан"),
                QStringLiteral("Пӯшидан"),
                QStringLiteral("Нишон додани тафсилот..."),
                QStringLiteral("&Бекор кардани амал"),
                QStringLiteral("&Гузоштан"),
                QStringLiteral("Ҳамаро интихоб кардан"),
                QStringLiteral("Ҷойгиршавӣ:"),
                QStringLiteral("&Номи файл:"),
                QStringLiteral("Ном"),
                QStringLiteral("&Нигоҳ доштан")};
    return {code,
            QStringLiteral("&Да"),
            QStringLiteral("&Нет"),
            QStringLiteral("Отмена"),
            QStringLiteral("Сохранить"),
            QStringLiteral("Закрыть"),
            QStringLiteral("Показать подробности..."),
            QStringLiteral("&Отменить действие"),
            QStringLiteral("В&ставить"),
            QStringLiteral("Выделить всё"),
            QStringLiteral("Перейти к:"),
            QStringLiteral("&Имя файла:"),
            QStringLiteral("Имя"),
            QStringLiteral("&Сохранить")};
}

} // namespace

TEST_CASE("message boxes and button boxes show Qt's standard buttons in Tajik and Russian", "[languages]")
{
    for (const QString& code : {QStringLiteral("tg"), QStringLiteral("ru")}) {
        INFO(code.toStdString());
        Language language(code);
        const Expected want = expected(code);

        QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("?"),
                        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel | QMessageBox::Save);
        box.setDetailedText(QStringLiteral("details"));
        box.show();
        CHECK(box.button(QMessageBox::Yes)->text() == want.yes);
        CHECK(box.button(QMessageBox::No)->text() == want.no);
        CHECK(box.button(QMessageBox::Cancel)->text() == want.cancel);
        CHECK(box.button(QMessageBox::Save)->text() == want.save);
        const QStringList boxTexts = buttonTexts(box);
        CHECK(boxTexts.contains(want.showDetails));
        for (const char* english : {"&Yes", "&No", "Cancel", "Save", "Show Details..."})
            CHECK_FALSE(boxTexts.contains(QString::fromLatin1(english)));

        const auto all = QDialogButtonBox::Ok | QDialogButtonBox::Save | QDialogButtonBox::SaveAll |
                         QDialogButtonBox::Open | QDialogButtonBox::Yes | QDialogButtonBox::YesToAll |
                         QDialogButtonBox::No | QDialogButtonBox::NoToAll | QDialogButtonBox::Abort |
                         QDialogButtonBox::Retry | QDialogButtonBox::Ignore | QDialogButtonBox::Close |
                         QDialogButtonBox::Cancel | QDialogButtonBox::Discard | QDialogButtonBox::Help |
                         QDialogButtonBox::Apply | QDialogButtonBox::Reset |
                         QDialogButtonBox::RestoreDefaults;
        QDialogButtonBox buttons(all);
        CHECK(buttons.button(QDialogButtonBox::Close)->text() == want.close);
        CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == want.cancel);
        const QStringList english = {QStringLiteral("Save"),
                                     QStringLiteral("Save All"),
                                     QStringLiteral("Open"),
                                     QStringLiteral("&Yes"),
                                     QStringLiteral("Yes to &All"),
                                     QStringLiteral("&No"),
                                     QStringLiteral("N&o to All"),
                                     QStringLiteral("Abort"),
                                     QStringLiteral("Retry"),
                                     QStringLiteral("Ignore"),
                                     QStringLiteral("Close"),
                                     QStringLiteral("Cancel"),
                                     QStringLiteral("Discard"),
                                     QStringLiteral("Help"),
                                     QStringLiteral("Apply"),
                                     QStringLiteral("Reset"),
                                     QStringLiteral("Restore Defaults")};
        const QStringList shown = buttonTexts(buttons);
        CHECK(shown.size() == 18);
        for (const QString& text : shown) {
            INFO(text.toStdString());
            CHECK_FALSE(english.contains(text));
        }
        // Qt's Russian keeps the Latin "OK"; ours writes it in Cyrillic, as the glossary says.
        if (code == u"tg")
            CHECK(buttons.button(QDialogButtonBox::Ok)->text() == QStringLiteral("ОК"));
    }
}

TEST_CASE("the line edit's context menu speaks Tajik and Russian", "[languages]")
{
    for (const QString& code : {QStringLiteral("tg"), QStringLiteral("ru")}) {
        INFO(code.toStdString());
        Language language(code);
        const Expected want = expected(code);
        QLineEdit edit(QStringLiteral("text"));
        edit.show();
        std::unique_ptr<QMenu> menu(edit.createStandardContextMenu());
        QStringList texts;
        for (QAction* action : menu->actions())
            if (!action->isSeparator())
                texts << action->text().section(QLatin1Char('\t'), 0, 0);
        CHECK(texts.size() >= 7);
        CHECK(texts.contains(want.undo));
        CHECK(texts.contains(want.paste));
        CHECK(texts.contains(want.selectAll));
        for (const char* english : {"&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"})
            CHECK_FALSE(texts.contains(QString::fromLatin1(english)));
    }
}

TEST_CASE("the non-native file dialog's labels, buttons and columns are not in English", "[languages]")
{
    for (const QString& code : {QStringLiteral("tg"), QStringLiteral("ru")}) {
        INFO(code.toStdString());
        Language language(code);
        const Expected want = expected(code);
        QFileDialog dialog(nullptr, QString(), QDir::tempPath());
        dialog.setOption(QFileDialog::DontUseNativeDialog);
        dialog.setAcceptMode(QFileDialog::AcceptSave);
        dialog.show();
        QCoreApplication::processEvents();

        auto* lookIn = dialog.findChild<QLabel*>(QStringLiteral("lookInLabel"));
        auto* fileName = dialog.findChild<QLabel*>(QStringLiteral("fileNameLabel"));
        auto* fileType = dialog.findChild<QLabel*>(QStringLiteral("fileTypeLabel"));
        REQUIRE(lookIn != nullptr);
        REQUIRE(fileName != nullptr);
        REQUIRE(fileType != nullptr);
        CHECK(lookIn->text() == want.lookIn);
        CHECK(fileName->text() == want.fileName);
        CHECK(fileType->text() != QStringLiteral("Files of type:"));

        const QStringList buttons = buttonTexts(dialog);
        CHECK(buttons.contains(want.saveFile));
        CHECK(buttons.contains(want.cancel));
        for (const char* english : {"&Save", "&Open", "Cancel"})
            CHECK_FALSE(buttons.contains(QString::fromLatin1(english)));
        for (const char* name : {"backButton", "forwardButton", "toParentButton", "newFolderButton",
                                 "listModeButton", "detailModeButton"}) {
            auto* button = dialog.findChild<QToolButton*>(QString::fromLatin1(name));
            REQUIRE(button != nullptr);
            INFO(name << " " << button->toolTip().toStdString());
            CHECK_FALSE(button->toolTip().isEmpty());
            for (const char* english :
                 {"Back", "Forward", "Parent Directory", "Create New Folder", "List View", "Detail View"})
                CHECK(button->toolTip() != QString::fromLatin1(english));
        }

        auto* tree = dialog.findChild<QTreeView*>(QStringLiteral("treeView"));
        REQUIRE(tree != nullptr);
        QStringList columns;
        for (int c = 0; c < tree->model()->columnCount(); ++c)
            columns << tree->model()->headerData(c, Qt::Horizontal).toString();
        CHECK(columns.value(0) == want.name);
        for (const char* english : {"Name", "Size", "Type", "Kind", "Date Modified"})
            CHECK_FALSE(columns.contains(QString::fromLatin1(english)));
        // The Type column says "Folder" through a Qt 6 context Debian's Russian catalogue does not have: our
        // own catalogues fill it in both languages.
        CHECK(QCoreApplication::translate("QAbstractFileIconProvider", "Folder", "All other platforms") ==
              (code == u"tg" ? QStringLiteral("Ҷузвдон") : QStringLiteral("Папка")));
    }
}

TEST_CASE(
    "a first start asks for the language, preselects the system's, applies a choice at once and remembers it",
    "[languages]")
{
    QSettings().clear();
    // As main does when no language has been chosen: the program starts in the suggested one.
    Language language(Translations::suggestedLanguage());
    test::TempDatabase db;
    Session session(*db);
    WelcomePage page(session);
    page.show();

    auto* choice = page.findChild<QGroupBox*>(QStringLiteral("languageChoice"));
    REQUIRE(choice != nullptr);
    CHECK(choice->isVisible());
    auto* tajik = page.findChild<QRadioButton*>(QStringLiteral("languageChoice_tg"));
    auto* russian = page.findChild<QRadioButton*>(QStringLiteral("languageChoice_ru"));
    auto* english = page.findChild<QRadioButton*>(QStringLiteral("languageChoice_en"));
    REQUIRE(tajik != nullptr);
    REQUIRE(russian != nullptr);
    REQUIRE(english != nullptr);
    CHECK(tajik->text() == QStringLiteral("Тоҷикӣ"));
    CHECK(russian->text() == QStringLiteral("Русский"));
    CHECK(english->text() == QStringLiteral("English"));
    auto* suggested =
        page.findChild<QRadioButton*>(QStringLiteral("languageChoice_") + Translations::suggestedLanguage());
    REQUIRE(suggested != nullptr);
    CHECK(suggested->isChecked());
    CHECK_FALSE(QSettings().contains(QStringLiteral("ui/language")));

    auto headingShown = [&page](const QString& text) {
        for (QLabel* label : page.findChildren<QLabel*>())
            if (label->text() == text)
                return true;
        return false;
    };
    QTest::mouseClick(russian, Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(Translations::current() == QStringLiteral("ru"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("ru"));
    CHECK(headingShown(QStringLiteral("Добро пожаловать в Hamkori")));
    CHECK(QMessageBox(QMessageBox::Question, {}, {}, QMessageBox::No).button(QMessageBox::No)->text() ==
          QStringLiteral("&Нет"));

    QTest::mouseClick(tajik, Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(Translations::current() == QStringLiteral("tg"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("tg"));
    CHECK(headingShown(QStringLiteral("Ба Hamkori хуш омадед")));
    // The longer Tajik text gets every line it needs.
    auto* text = page.findChild<QLabel*>(QStringLiteral("welcomeText"));
    REQUIRE(text != nullptr);
    CHECK(text->height() >= text->heightForWidth(text->width()));

    // Chosen once, not asked again.
    WelcomePage again(session);
    again.show();
    auto* noChoice = again.findChild<QGroupBox*>(QStringLiteral("languageChoice"));
    REQUIRE(noChoice != nullptr);
    CHECK_FALSE(noChoice->isVisible());
}

TEST_CASE("going on from the first-start screen with the preselected language remembers it", "[languages]")
{
    QSettings().clear();
    Language language(QStringLiteral("ru"));
    test::TempDatabase db;
    Session session(*db);
    WelcomePage page(session);
    page.show();
    CHECK(page.findChild<QRadioButton*>(QStringLiteral("languageChoice_ru"))->isChecked());
    auto* create = page.findChild<QPushButton*>(QStringLiteral("welcomeCreateTeam"));
    REQUIRE(create != nullptr);
    QTest::mouseClick(create, Qt::LeftButton);
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("ru"));
}

TEST_CASE("the language window before the main window applies the choice and remembers it", "[languages]")
{
    QSettings().clear();
    Language language(QStringLiteral("en"));
    REQUIRE(LanguageChoice::needed());
    bool answered = false;
    // The window is modal: answer it from the event loop it runs, as a person would, by clicking. No REQUIRE
    // in here: an exception must not leave Qt's event loop.
    QTimer::singleShot(0, [&answered] {
        auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        CHECK(dialog != nullptr);
        if (dialog == nullptr)
            return;
        CHECK(dialog->objectName() == QStringLiteral("languageDialog"));
        CHECK(dialog->windowTitle() == QStringLiteral("Hamkori"));
        auto* english = dialog->findChild<QRadioButton*>(QStringLiteral("languageChoice_en"));
        auto* russian = dialog->findChild<QRadioButton*>(QStringLiteral("languageChoice_ru"));
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        CHECK((english != nullptr && russian != nullptr && buttons != nullptr));
        if (english == nullptr || russian == nullptr || buttons == nullptr) {
            dialog->reject();
            return;
        }
        CHECK(english->isChecked());
        QTest::mouseClick(russian, Qt::LeftButton);
        QAbstractButton* ok = buttons->button(QDialogButtonBox::Ok);
        CHECK(ok->text() == QStringLiteral("OK")); // Qt's Russian catalogue keeps the Latin OK
        QTest::mouseClick(ok, Qt::LeftButton);
        answered = true;
    });
    LanguageChoice::askInDialog();
    CHECK(answered);
    CHECK(Translations::current() == QStringLiteral("ru"));
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("ru"));
    CHECK_FALSE(LanguageChoice::needed());
}

TEST_CASE("the main window's font has its own glyph for every Tajik letter", "[font]")
{
    const QFont original = QApplication::font();
    REQUIRE(UiFont::ensureTajikLetters());
    test::TempDatabase db;
    MainWindow window(*db);
    window.show();
    QFont bold = window.font();
    bold.setBold(true);
    for (const QFont& font : {window.font(), bold}) {
        const QRawFont raw = QRawFont::fromFont(font);
        INFO(raw.familyName().toStdString());
        REQUIRE(raw.isValid());
        for (const QChar letter : UiFont::tajikLetters()) {
            INFO(QString(letter).toStdString());
            CHECK(raw.supportsCharacter(letter));
        }
    }
    QApplication::setFont(original);
}

TEST_CASE("a UI font without the Tajik letters is replaced by the DejaVu Sans compiled in", "[font]")
{
    const QFont original = QApplication::font();
    // A family on the machine that has no Cyrillic letters at all.
    QFont lacking(QStringLiteral("DejaVu Math TeX Gyre"), 11);
    // fonts-dejavu-core (scripts/packages.txt) brings it.
    REQUIRE(QRawFont::fromFont(lacking).familyName() == QStringLiteral("DejaVu Math TeX Gyre"));
    REQUIRE_FALSE(UiFont::showsTajik(lacking));
    QApplication::setFont(lacking);
    CHECK(UiFont::ensureTajikLetters());
    CHECK(QApplication::font().pointSize() == 11);
    CHECK(UiFont::showsTajik(QApplication::font()));
    CHECK(QRawFont::fromFont(QApplication::font()).familyName() == QStringLiteral("DejaVu Sans"));
    QApplication::setFont(original);
}
