using System.Text.Json;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.Tests.TestSupport;

/// <summary>
/// The exported vocabulary, written by <see cref="VocabularyExport"/> and parsed once, read the way a service in
/// another language would read it: by property name, without the library's types.
/// </summary>
internal static class ExportedVocabulary
{
    private static readonly Lazy<JsonDocument> Document = new(() => JsonDocument.Parse(VocabularyExport.ToJson()));

    internal static JsonElement Root => Document.Value.RootElement;

    internal static JsonElement Vocabulary(string name)
    {
        foreach (var vocabulary in Root.GetProperty("vocabularies").EnumerateArray())
        {
            if (vocabulary.GetProperty("name").GetString() == name)
            {
                return vocabulary;
            }
        }

        throw new Xunit.Sdk.XunitException($"The exported vocabulary has no vocabulary named '{name}'.");
    }

    internal static JsonElement Term(string vocabularyName, string code)
    {
        foreach (var term in Vocabulary(vocabularyName).GetProperty("terms").EnumerateArray())
        {
            if (term.GetProperty("code").GetString() == code)
            {
                return term;
            }
        }

        throw new Xunit.Sdk.XunitException($"The exported '{vocabularyName}' vocabulary has no term with code '{code}'.");
    }

    internal static IEnumerable<(string System, string Code)> Codings(JsonElement term) =>
        term.GetProperty("codings").EnumerateArray()
            .Select(c => (c.GetProperty("system").GetString()!, c.GetProperty("code").GetString()!));

    /// <summary>Asserts that a term's export has a relation to one term of the named vocabulary.</summary>
    internal static void AssertRelation(JsonElement term, string name, string vocabulary, string code)
    {
        var relation = term.GetProperty("relations").GetProperty(name);
        Assert.Equal(vocabulary, relation.GetProperty("vocabulary").GetString());
        Assert.Equal(code, relation.GetProperty("code").GetString());
        Assert.False(relation.TryGetProperty("codes", out _), $"The one-term relation '{name}' also has a list of codes.");
    }

    /// <summary>Asserts that a term's export has a relation to a list of terms of the named vocabulary, in order.</summary>
    internal static void AssertRelation(JsonElement term, string name, string vocabulary, IEnumerable<string> codes)
    {
        var relation = term.GetProperty("relations").GetProperty(name);
        Assert.Equal(vocabulary, relation.GetProperty("vocabulary").GetString());
        Assert.Equal(codes, relation.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!));
        Assert.False(relation.TryGetProperty("code", out _), $"The list relation '{name}' also has a single code.");
    }

    /// <summary>Every string value anywhere in the document, with its JSON path, for searches that must miss nothing.</summary>
    internal static IEnumerable<(string Path, string Value)> AllStrings() => Strings(Root, "$");

    private static IEnumerable<(string Path, string Value)> Strings(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                yield return (path, element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var item in Strings(property.Value, $"{path}.{property.Name}"))
                    {
                        yield return item;
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var child in element.EnumerateArray())
                {
                    foreach (var item in Strings(child, $"{path}[{index++}]"))
                    {
                        yield return item;
                    }
                }

                break;
        }
    }
}
