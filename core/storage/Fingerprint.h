#pragma once
// The short, readable fingerprint of a device's public key (four groups of four hex digits): the one place
// that makes it, so that the text a sender reads on their own screen is the text shown on the receiver's.
#include <QByteArray>
#include <QString>

namespace hamkori {

QString fingerprintOf(const QByteArray& publicKey);

} // namespace hamkori
