using System.Text;

namespace StemCell.Domain.ClinicalTrialsGov.Classic;

/// <summary>
/// Splits RFC 4180 CSV text into rows: fields separated by commas, optionally quoted, a quote inside a quoted field
/// written twice, and commas and line breaks allowed inside quotes. Lines end with CRLF or LF. A row that breaks the
/// rules is returned with an error naming its line and column, and reading goes on at the next line.
/// </summary>
internal static class ClassicCsvParser
{
    internal static IEnumerable<CsvRow> Parse(string text)
    {
        var position = 0;
        var line = 1;
        while (position < text.Length)
        {
            var rowLine = line;
            var fields = new List<string>();
            string? error = null;
            var field = new StringBuilder();
            var endOfRow = false;
            while (!endOfRow && error is null)
            {
                field.Clear();
                var column = fields.Count + 1;
                if (position < text.Length && text[position] == '"')
                {
                    var openLine = line;
                    position++;
                    var closed = false;
                    while (position < text.Length)
                    {
                        var c = text[position++];
                        if (c == '"')
                        {
                            if (position < text.Length && text[position] == '"')
                            {
                                field.Append('"');
                                position++;
                                continue;
                            }

                            closed = true;
                            break;
                        }

                        if (c == '\n')
                        {
                            line++;
                        }

                        field.Append(c);
                    }

                    if (!closed)
                    {
                        error = $"line {openLine}, column {column}: the quoted field is not closed before the end of the file.";
                        break;
                    }

                    if (position < text.Length && text[position] is not (',' or '\r' or '\n'))
                    {
                        error = $"line {line}, column {column}: text follows the closing quote of a quoted field; expected a comma or the end of the line.";
                        break;
                    }
                }
                else
                {
                    while (position < text.Length && text[position] is not (',' or '\r' or '\n'))
                    {
                        if (text[position] == '"')
                        {
                            error = $"line {line}, column {column}: a quote inside an unquoted field; a field holding quotes must be quoted, its quotes doubled.";
                            break;
                        }

                        field.Append(text[position++]);
                    }

                    if (error is not null)
                    {
                        break;
                    }
                }

                fields.Add(field.ToString());
                if (position < text.Length && text[position] == ',')
                {
                    position++;
                }
                else
                {
                    endOfRow = true;
                    position = SkipLineEnd(text, position, ref line);
                }
            }

            if (error is not null)
            {
                position = SkipRestOfLine(text, position, ref line);
                yield return new CsvRow(rowLine, [], error);
            }
            else if (fields is not [""])
            {
                yield return new CsvRow(rowLine, [.. fields], null);
            }
        }
    }

    private static int SkipLineEnd(string text, int position, ref int line)
    {
        if (position < text.Length && text[position] == '\r')
        {
            position++;
        }

        if (position < text.Length && text[position] == '\n')
        {
            position++;
            line++;
        }

        return position;
    }

    private static int SkipRestOfLine(string text, int position, ref int line)
    {
        while (position < text.Length && text[position] != '\n')
        {
            position++;
        }

        return SkipLineEnd(text, position, ref line);
    }
}

/// <summary>One CSV row: the line it starts on, and its fields or why it could not be split.</summary>
internal sealed record CsvRow(int Line, string[] Fields, string? Error);
