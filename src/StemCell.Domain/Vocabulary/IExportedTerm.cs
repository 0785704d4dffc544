using System.Text.Json;

namespace StemCell.Domain.Vocabulary;

/// <summary>A term that writes itself as one object of the exported vocabulary (see <see cref="VocabularyExport"/>).</summary>
internal interface IExportedTerm
{
    /// <summary>Writes the term's code, names, definition, synonyms, codings, attributes and relations.</summary>
    void WriteExport(Utf8JsonWriter writer);
}
