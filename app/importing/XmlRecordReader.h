#pragma once

#include "ImportLimits.h"
#include "Record.h"

class QIODevice;

// Streams an XML export with QXmlStreamReader. Each child of the root element is a record;
// when such a child only groups repeated elements (`<orders><order>...`), its children are
// the records instead. Fields are leaf elements and attributes (`@id`), by path.
class XmlRecordReader
{
public:
    XmlRecordReader(QIODevice *input, const ImportLimits &limits, RecordCallback callback);
    Result<ReadStats> read();

private:
    QIODevice *m_input;
    ImportLimits m_limits;
    RecordCallback m_callback;
};
