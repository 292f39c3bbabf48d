#include "Fingerprint.h"
#include <QStringList>
#include <sodium.h>

namespace hamkori {

QString fingerprintOf(const QByteArray& publicKey)
{
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(publicKey.constData()),
                       std::size_t(publicKey.size()), nullptr, 0);
    const QString hex = QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(hash), 8).toHex());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4).toUpper();
    return groups.join(QLatin1Char('-'));
}

} // namespace hamkori
