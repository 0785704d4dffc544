using System.Collections.Immutable;
using System.Text.Json;
using NodaTime;
using StemCell.Domain.Model;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Serialization;

/// <summary>
/// Writes properties of the document by their table entries. A writer leaves out a value it does not have: an
/// optional value that is null, and a list that is empty (the dataset's own two lists aside, which it always writes).
/// </summary>
internal static class DocumentWriter
{
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        MaxDepth = StemCellJsonReaderOptions.DefaultMaxDepth,
        SkipValidation = true,
    };

    internal static void String(Utf8JsonWriter writer, JsonPropertyFormat property, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(property.EncodedName, value);
        }
    }

    internal static void Number(Utf8JsonWriter writer, JsonPropertyFormat property, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(property.EncodedName, number);
        }
    }

    internal static void Number(Utf8JsonWriter writer, JsonPropertyFormat property, decimal value) => writer.WriteNumber(property.EncodedName, value);

    internal static void Term(Utf8JsonWriter writer, JsonPropertyFormat property, IVocabularyTerm? term)
    {
        if (term is not null)
        {
            writer.WriteString(property.EncodedName, term.Code);
        }
    }

    internal static void Terms<TTerm>(Utf8JsonWriter writer, JsonPropertyFormat property, ImmutableArray<TTerm> terms)
        where TTerm : IVocabularyTerm
    {
        if (terms.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(property.EncodedName);
        foreach (var term in terms)
        {
            writer.WriteStringValue(term.Code);
        }

        writer.WriteEndArray();
    }

    internal static void Strings(Utf8JsonWriter writer, JsonPropertyFormat property, ImmutableArray<string> values)
    {
        if (values.IsDefaultOrEmpty)
        {
            return;
        }

        writer.WriteStartArray(property.EncodedName);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    internal static void Object<T>(Utf8JsonWriter writer, JsonPropertyFormat property, T? value, Action<Utf8JsonWriter, T> write)
        where T : class
    {
        if (value is not null)
        {
            writer.WritePropertyName(property.EncodedName);
            write(writer, value);
        }
    }

    internal static void List<T>(Utf8JsonWriter writer, JsonPropertyFormat property, ImmutableArray<T> items, Action<Utf8JsonWriter, T> write, bool evenIfEmpty = false)
    {
        if (items.IsDefaultOrEmpty && !evenIfEmpty)
        {
            return;
        }

        writer.WriteStartArray(property.EncodedName);
        foreach (var item in items.IsDefault ? [] : items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }

    internal static void Date(Utf8JsonWriter writer, JsonPropertyFormat property, PartialDate? date)
    {
        if (date is { } value)
        {
            writer.WritePropertyName(property.EncodedName);
            PartialDateJsonConverter.WriteValue(writer, value);
        }
    }

    internal static void Period(Utf8JsonWriter writer, JsonPropertyFormat property, Period? period)
    {
        if (period is not null)
        {
            writer.WritePropertyName(property.EncodedName);
            PeriodJsonConverter.WritePeriod(writer, period);
        }
    }

    internal static void Actuality(Utf8JsonWriter writer, JsonPropertyFormat property, Actuality? actuality)
    {
        if (actuality is { } value)
        {
            writer.WriteString(property.EncodedName, JsonValueFormat.Actuality.EncodedCodes[(int)value]);
        }
    }
}
