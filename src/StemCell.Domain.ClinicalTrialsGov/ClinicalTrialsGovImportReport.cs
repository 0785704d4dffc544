using System.Text.Json;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>Writes an import's report as JSON: an array with one object per input record, in input order.</summary>
/// <remarks>
/// <para>Each object has these properties, always present, <c>null</c> where the record does not state the value:</para>
/// <list type="table">
/// <listheader><term>property</term><description>value</description></listheader>
/// <item><term><c>source</c>, <c>position</c></term><description>where the record came from, and its position there (1 for the first).</description></item>
/// <item><term><c>nctId</c></term><description>the NCT number.</description></item>
/// <item><term><c>outcome</c></term><description><c>imported</c>, <c>skipped</c> or <c>failed</c>.</description></item>
/// <item><term><c>reason</c></term><description>why it was skipped or failed, or how it joined another record's study.</description></item>
/// <item><term><c>studyId</c></term><description>the id of the study it is part of.</description></item>
/// <item><term><c>phases</c></term><description>an array of API v2 phase codes (<c>["PHASE1","PHASE2"]</c>), or null.</description></item>
/// <item><term><c>overallStatus</c>, <c>lastKnownStatus</c></term><description>API v2 status codes.</description></item>
/// <item><term><c>enrollmentCount</c>, <c>enrollmentType</c></term><description>the count and <c>ACTUAL</c> or <c>ESTIMATED</c>.</description></item>
/// <item><term><c>startDate</c>, <c>primaryCompletionDate</c>, <c>completionDate</c></term><description>partial dates: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>.</description></item>
/// <item><term><c>conditions</c></term><description>the conditions as the sponsor wrote them.</description></item>
/// <item><term><c>conditionMeshTerms</c></term><description>the MeSH terms, as <c>{"id","term"}</c> objects.</description></item>
/// <item><term><c>leadSponsor</c></term><description>the lead sponsor's name.</description></item>
/// <item><term><c>hasResults</c></term><description>whether results are posted.</description></item>
/// <item><term><c>derived</c></term><description>each value read from the free text: <c>{"vocabulary","code","field","phrase"}</c>.</description></item>
/// <item><term><c>notDerived</c></term><description>what the text names that was left out: <c>{"what","why"}</c>.</description></item>
/// <item><term><c>warnings</c></term><description>what the reader kept but could not interpret.</description></item>
/// </list>
/// </remarks>
public static class ClinicalTrialsGovImportReport
{
    /// <summary>Writes the report of an import to a stream, as indented UTF-8 JSON.</summary>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <param name="entries">The import's entries.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="entries"/> is null.</exception>
    public static void Write(Stream utf8Json, IEnumerable<ClinicalTrialsGovImportEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(entries);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true });
        Write(writer, entries);
    }

    /// <summary>Writes the report of an import to a JSON writer.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="entries">The import's entries.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="entries"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, IEnumerable<ClinicalTrialsGovImportEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entries);
        writer.WriteStartArray();
        foreach (var entry in entries)
        {
            WriteEntry(writer, entry);
        }

        writer.WriteEndArray();
        writer.Flush();
    }

    /// <summary>
    /// Writes one entry of the report, as an element of the array: for writing the report while records are still being
    /// imported (start the array with <see cref="Utf8JsonWriter.WriteStartArray()"/>, end it with <see cref="Utf8JsonWriter.WriteEndArray"/>).
    /// </summary>
    /// <param name="writer">The writer, inside the report's array.</param>
    /// <param name="entry">The entry.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> or <paramref name="entry"/> is null.</exception>
    public static void WriteEntry(Utf8JsonWriter writer, ClinicalTrialsGovImportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entry);
        var record = entry.Record;
        writer.WriteStartObject();
        writer.WriteString("source", entry.Source);
        writer.WriteNumber("position", entry.Position);
        WriteStringOrNull(writer, "nctId", entry.NctId);
        writer.WriteString("outcome", entry.Outcome.ToString().ToLowerInvariant());
        WriteStringOrNull(writer, "reason", entry.Reason);
        WriteStringOrNull(writer, "studyId", entry.StudyId);
        WriteStrings(writer, "phases", record is null || record.Phases.IsEmpty ? null : record.Phases);
        WriteStringOrNull(writer, "overallStatus", record?.OverallStatus);
        WriteStringOrNull(writer, "lastKnownStatus", record?.LastKnownStatus);
        WriteNumberOrNull(writer, "enrollmentCount", record?.Enrollment?.Count);

        WriteStringOrNull(writer, "enrollmentType", record?.Enrollment?.Type);
        WriteStringOrNull(writer, "startDate", record?.StartDate?.Date.ToString());
        WriteStringOrNull(writer, "primaryCompletionDate", record?.PrimaryCompletionDate?.Date.ToString());
        WriteStringOrNull(writer, "completionDate", record?.CompletionDate?.Date.ToString());
        WriteStrings(writer, "conditions", record?.Conditions);
        if (record is null)
        {
            writer.WriteNull("conditionMeshTerms");
        }
        else
        {
            writer.WriteStartArray("conditionMeshTerms");
            foreach (var mesh in record.ConditionMeshTerms)
            {
                writer.WriteStartObject();
                writer.WriteString("id", mesh.Id);
                writer.WriteString("term", mesh.Term);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        WriteStringOrNull(writer, "leadSponsor", record?.LeadSponsor?.Name);
        if (record?.HasResults is { } hasResults)
        {
            writer.WriteBoolean("hasResults", hasResults);
        }
        else
        {
            writer.WriteNull("hasResults");
        }

        writer.WriteStartArray("derived");
        foreach (var value in entry.Derived)
        {
            writer.WriteStartObject();
            writer.WriteString("vocabulary", value.Term.VocabularyName);
            writer.WriteString("code", value.Term.Code);
            writer.WriteString("field", value.Field);
            writer.WriteString("phrase", value.Phrase);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("notDerived");
        foreach (var value in entry.NotDerived)
        {
            writer.WriteStartObject();
            writer.WriteString("what", value.What);
            writer.WriteString("why", value.Why);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteStrings(writer, "warnings", entry.Warnings);
        writer.WriteEndObject();
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string>? values)
    {
        if (values is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
