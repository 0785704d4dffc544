using System.Text;

namespace StemCell.Explorer.Tests.TestSupport;

/// <summary>Reads RFC 4180 CSV strictly: every record ends with CRLF, and a field with a comma, quote or line break is quoted.</summary>
internal static class Csv
{
    internal static List<List<string>> Parse(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                for (i++; !(text[i] == '"' && (i + 1 == text.Length || text[i + 1] != '"')); i++)
                {
                    field.Append(text[i]);
                    i += text[i] == '"' ? 1 : 0;
                }

                i++;
            }
            else if (text[i] == ',')
            {
                record.Add(field.ToString());
                field.Clear();
                i++;
            }
            else if (text[i] == '\r')
            {
                Assert.Equal('\n', text[i + 1]);
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i += 2;
            }
            else
            {
                Assert.NotEqual('"', text[i]);
                Assert.NotEqual('\n', text[i]);
                field.Append(text[i++]);
            }
        }

        Assert.Empty(record);
        Assert.Equal(0, field.Length);
        return records;
    }
}
