using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace StemCell.Domain.Vocabulary;

/// <summary>
/// The pieces of the exported vocabulary's shape that terms write, so every vocabulary writes codings,
/// attributes and relations the same way (see <see cref="VocabularyExport"/> for the shape).
/// </summary>
internal static class VocabularyExportWriter
{
    /// <summary>Writes the properties every term has: code, value, names, definition, synonyms and codings.</summary>
    internal static void WriteCommonProperties(Utf8JsonWriter writer, IVocabularyTerm term)
    {
        writer.WriteString("code", term.Code);
        writer.WriteNumber("value", term.Value);
        writer.WriteString("displayName", term.DisplayName);
        writer.WriteString("definition", term.Definition);
        WriteStrings(writer, "synonyms", term.Synonyms);
        writer.WriteStartArray("codings");
        foreach (var coding in term.Codings)
        {
            WriteCoding(writer, coding);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a text attribute; a null one as JSON null, which the export's shape asks for.</summary>
    internal static void WriteAttribute(Utf8JsonWriter writer, string name, string? value) => writer.WriteString(name, value);

    internal static void WriteAttribute(Utf8JsonWriter writer, string name, bool value) => writer.WriteBoolean(name, value);

    internal static void WriteAttribute(Utf8JsonWriter writer, string name, ImmutableArray<string> values) => WriteStrings(writer, name, values);

    internal static void WriteAttribute(Utf8JsonWriter writer, string name, decimal? value)
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

    internal static void WriteAttribute(Utf8JsonWriter writer, string name, int? value) => WriteAttribute(writer, name, (decimal?)value);

    /// <summary>Writes a relation to one term of another vocabulary.</summary>
    internal static void WriteRelation<TTerm>(Utf8JsonWriter writer, string name, TTerm target)
        where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm>
    {
        writer.WriteStartObject(name);
        writer.WriteString("vocabulary", TTerm.VocabularyName);
        writer.WriteString("code", target.Code);
        writer.WriteEndObject();
    }

    /// <summary>Writes a relation to a list of terms of another vocabulary, in the list's order.</summary>
    internal static void WriteRelation<TTerm>(Utf8JsonWriter writer, string name, ImmutableArray<TTerm> targets)
        where TTerm : VocabularyTerm<TTerm>, IVocabulary<TTerm>
    {
        writer.WriteStartObject(name);
        writer.WriteString("vocabulary", TTerm.VocabularyName);
        writer.WriteStartArray("codes");
        foreach (var target in targets)
        {
            writer.WriteStringValue(target.Code);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, ImmutableArray<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteCoding(Utf8JsonWriter writer, Coding coding)
    {
        writer.WriteStartObject();
        writer.WriteString("system", coding.System.Uri);
        writer.WriteString("code", coding.Code);
        writer.WriteString("display", coding.Display);
        writer.WriteString("confidence", coding.Confidence.Code);
        writer.WriteString("source", coding.Source);
        WriteDate(writer, "effectiveFrom", coding.EffectiveFrom);
        WriteDate(writer, "effectiveUntil", coding.EffectiveUntil);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, LocalDate? date)
    {
        if (date is { } value)
        {
            writer.WriteString(name, LocalDatePattern.Iso.Format(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
