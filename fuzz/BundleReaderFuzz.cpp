// Feeds arbitrary bytes to the bundle reader. The first byte chooses the layer, so that the fuzzer also
// reaches what a forged file could not (it cannot make a valid signature nor know the passphrase): the whole
// reader, the format-2 header JSON, format 3's plain header and sender JSON, and the decrypted body of either
// format before and after decompression. Every input must end in a value or a message, never
// a crash, a hang or an allocation the input does not justify.
#include "core/sync/BundleFormat.h"
#include "core/sync/BundleReader.h"
#include <QtEndian>
#include <cstddef>
#include <cstdint>

using namespace hamkori::sync;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    switch (data[0] % 6) {
    case 0: {
        (void)peekHeader(input);
        (void)decodeBundle(input, QStringLiteral("кӯҳи сабз дар баҳор"));
        break;
    }
    case 1:
        (void)format::decodeHeader(input);
        break;
    case 2: {
        QString name;
        QList<hamkori::JournalEntry> entries;
        (void)format::decodeBody(input, &name, &entries);
        break;
    }
    case 3: {
        // What the reader does after the stream opened: the size check, then zlib, then the entries.
        if (input.size() >= 4 && qFromBigEndian<quint32>(input.constData()) <= (1u << 24)) {
            const QByteArray body = qUncompress(input);
            QString name;
            QList<hamkori::JournalEntry> entries;
            (void)format::decodeBody(body, &name, &entries);
            Bundle bundle;
            (void)format::decodeSealedBody(body, &bundle);
        }
        break;
    }
    case 4:
        (void)format::decodePlainHeader(input);
        (void)format::decodeSender(input);
        break;
    case 5: {
        Bundle bundle;
        (void)format::decodeSealedBody(input, &bundle);
        break;
    }
    }
    return 0;
}
