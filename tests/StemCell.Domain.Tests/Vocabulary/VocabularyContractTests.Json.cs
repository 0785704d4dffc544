using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StemCell.Domain.Tests.TestSupport;
using StemCell.Domain.Serialization;

namespace StemCell.Domain.Tests.Vocabulary;

/// <summary>
/// The JSON part of the contract: every term round-trips through the library's converter as its code, both as a
/// value and as a dictionary key, and an unknown code is rejected with a <see cref="JsonException"/> naming it.
/// </summary>
public abstract partial class VocabularyContractTests<TTerm>
{
    private const string UnknownCode = "no-such-term";

    // The converter factory alone, as a caller assembling their own options would add it.
    private static readonly JsonSerializerOptions ConverterOptions = new()
    {
        Converters = { StemCellJsonConverters.VocabularyConverterFactory },
    };

    private static JsonTypeInfo<TTerm> ContextTypeInfo =>
        (JsonTypeInfo<TTerm>)PublicJson.Options.GetTypeInfo(typeof(TTerm));

    [Fact]
    public void Json_EveryTerm_RoundTripsAsItsCode()
    {
        foreach (var term in All)
        {
            var expected = JsonSerializer.Serialize(term.Code);

            Assert.Equal(expected, JsonSerializer.Serialize(term, ConverterOptions));
            Assert.Same(term, JsonSerializer.Deserialize<TTerm>(expected, ConverterOptions));
            Assert.Equal(expected, JsonSerializer.Serialize(term, ContextTypeInfo));
            Assert.Same(term, JsonSerializer.Deserialize(expected, ContextTypeInfo));
        }
    }

    [Fact]
    public void Json_EveryTermAsDictionaryKey_RoundTripsAsItsCode()
    {
        var byTerm = All.ToDictionary(term => term, term => term.Value);
        var expected = "{" + string.Join(",", All.Select(t => $"{JsonSerializer.Serialize(t.Code)}:{t.Value}")) + "}";

        var json = JsonSerializer.Serialize(byTerm, ConverterOptions);
        var back = JsonSerializer.Deserialize<Dictionary<TTerm, int>>(json, ConverterOptions)!;

        Assert.Equal(expected, json);
        Assert.Equal(byTerm, back);
        Assert.All(back.Keys, key => Assert.Same(All.Single(t => t.Code == key.Code), key));
    }

    [Fact]
    public void Json_UnknownCode_IsRejectedNamingTheCode()
    {
        var json = $"\"{UnknownCode}\"";

        AssertNamesUnknownCode(Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TTerm>(json, ConverterOptions)));
        AssertNamesUnknownCode(Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, ContextTypeInfo)));
    }

    [Fact]
    public void Json_UnknownDictionaryKey_IsRejectedNamingTheCode()
    {
        var json = $"{{\"{UnknownCode}\":1}}";

        AssertNamesUnknownCode(Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dictionary<TTerm, int>>(json, ConverterOptions)));
    }

    private static void AssertNamesUnknownCode(JsonException error)
    {
        Assert.Contains($"'{UnknownCode}' is not a {Name} code", error.Message, StringComparison.Ordinal);
    }
}
