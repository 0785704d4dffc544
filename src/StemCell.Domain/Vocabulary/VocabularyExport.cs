using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace StemCell.Domain.Vocabulary;

/// <summary>
/// Writes the whole vocabulary (every vocabulary of <see cref="Vocabularies"/>, every term, its definition,
/// synonyms, codings, attributes and relations) as one language-neutral JSON document, for services that do
/// not run .NET. The package ships the same document as <c>vocabulary/stemcell-vocabulary.json</c>.
/// </summary>
/// <remarks>
/// <para>
/// The document is deterministic: the same library version always writes the same bytes (UTF-8, indented by two
/// spaces, <c>\n</c> line ends, a final newline, non-ASCII characters unescaped). Property names are camelCase:
/// </para>
/// <code>
/// { "formatVersion": "2.0",
///   "vocabularies": [
///     { "name", "description",
///       "terms": [
///         { "code", "value", "displayName", "definition", "synonyms": [string],
///           "codings": [ { "system" (URI), "code", "display", "confidence" (a coding-confidence code),
///                          "source", "effectiveFrom", "effectiveUntil" (ISO dates or null) } ],
///           "attributes": { name: string | number | boolean | null | [string] },
///           "relations": { name: { "vocabulary", "code" } | { "vocabulary", "codes": [string] } } } ] } ] }
/// </code>
/// <para>
/// Every property above is always present. A relation names the vocabulary of its target terms and gives them
/// by code; <c>"code"</c> marks a relation to one term, <c>"codes"</c> a relation to a list (possibly empty).
/// <see cref="FormatVersion"/> is <c>"major.minor"</c>, as in the library's other documents; its major version changes
/// only when the shape changes incompatibly. The package ships the document's JSON Schema beside it, as
/// <c>vocabulary/stemcell-vocabulary.schema.json</c>.
/// </para>
/// </remarks>
public static class VocabularyExport
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",

        // The document is a data file, never embedded in HTML, so characters such as ' and ’ stay readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The version of the document's shape, the value of its <c>formatVersion</c> property: <c>"2.0"</c>.</summary>
    /// <remarks>Version 1 wrote the number <c>1</c>; 2.0 writes a <c>"major.minor"</c> string, as the dataset document does.</remarks>
    public const string FormatVersion = "2.0";

    /// <summary>Writes the exported vocabulary to a stream as UTF-8 JSON.</summary>
    /// <param name="stream">A writable stream; it is flushed but not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stream"/> is not writable.</exception>
    public static void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Preconditions.CheckArgument(stream.CanWrite, nameof(stream), "The stream must be writable.");
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("formatVersion", FormatVersion);
            writer.WriteStartArray("vocabularies");
            foreach (var vocabulary in Vocabularies.All)
            {
                writer.WriteStartObject();
                writer.WriteString("name", vocabulary.Name);
                writer.WriteString("description", vocabulary.Description);
                writer.WriteStartArray("terms");
                vocabulary.WriteTerms(writer);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    /// <summary>Returns the exported vocabulary as a JSON string.</summary>
    /// <returns>The same document <see cref="WriteTo(Stream)"/> writes.</returns>
    public static string ToJson()
    {
        using var stream = new MemoryStream();
        WriteTo(stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
