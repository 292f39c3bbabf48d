// The floor for `hamkori --quit-after-show`: an empty Qt Widgets main window that starts, paints once and
// exits. hamkori-bench runs both side by side; the target is that Hamkori takes at most 1.5× this.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1366, 768);
    window.show();
    QTimer::singleShot(0, &window, [&window] {
        window.repaint();
        QApplication::exit(0);
    });
    return app.exec();
}
