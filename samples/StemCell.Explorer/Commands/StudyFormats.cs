using System.Text;
using System.Text.Json;
using StemCell.Domain.Model;
using StemCell.Domain.Serialization;

namespace StemCell.Explorer.Commands;

/// <summary>The <c>studies</c> list for a program rather than a person: the library's JSON, or CSV for a spreadsheet.</summary>
internal static class StudyFormats
{
    internal const string Table = "table";
    internal const string Json = "json";
    internal const string Csv = "csv";

    internal static readonly string[] All = [Table, Json, Csv];

    private static readonly string[] CsvHeader =
        ["id", "title", "disease", "courses", "cell_types", "routes", "phase", "status", "start_year", "enrollment", "registry_ids"];

    /// <summary>Writes a JSON array of the studies, each as the dataset document writes a study.</summary>
    internal static void WriteJson(TextWriter output, IEnumerable<Study> studies)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartArray();
            foreach (var study in studies)
            {
                JsonSerializer.Serialize(writer, study, StemCellJson.StudyTypeInfo);
            }

            writer.WriteEndArray();
        }

        output.Write(Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    /// <summary>
    /// Writes the studies as RFC 4180 CSV: a header row, then one row a study, lines ended by CRLF, a list's values joined
    /// by <c>|</c>, and a value the study does not state left empty.
    /// </summary>
    internal static void WriteCsv(TextWriter output, IEnumerable<Study> studies)
    {
        WriteCsvRow(output, CsvHeader);
        foreach (var s in studies)
        {
            WriteCsvRow(output,
            [
                s.Id,
                s.Title,
                s.Disease.Code,
                List(s.Courses.Select(c => c.Code)),
                List(s.Interventions.Select(i => i.StemCellType?.Code).OfType<string>().Distinct()),
                List(s.Interventions.SelectMany(i => i.DeliveryRoutes).Select(r => r.Code)),
                s.Phase?.Code ?? string.Empty,
                s.Status?.Code ?? string.Empty,
                s.StartDate is { } start ? Text.Number(start.Year) : string.Empty,
                s.Enrollment is { } n ? Text.Number(n) : string.Empty,
                List(s.RegistryIdentifiers.Select(r => r.Value)),
            ]);
        }
    }

    private static string List(IEnumerable<string> values) => string.Join('|', values.Distinct());

    private static void WriteCsvRow(TextWriter output, IEnumerable<string> fields) =>
        output.Write(string.Join(',', fields.Select(Field)) + "\r\n");

    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
