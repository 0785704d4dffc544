using System.Net;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.AspNetCore.Tests.Api;

public sealed class VocabularyEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetVocabularies_ListsEveryVocabularyWithItsTermCountAndLink()
    {
        var list = (await _client.GetJsonAsync("/vocabularies")).AsArray();

        Assert.Equal(Vocabularies.All.Select(v => v.Name), list.Select(v => v!["name"]!.GetValue<string>()));
        Assert.All(list.Zip(Vocabularies.All), pair =>
        {
            Assert.Equal(pair.Second.Terms.Length, pair.First!["terms"]!.GetValue<int>());
            Assert.Equal($"/vocabularies/{pair.Second.Name}", pair.First!["href"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task GetVocabulary_EveryVocabulary_ListsItsCodesInDeclarationOrder()
    {
        foreach (var vocabulary in Vocabularies.All)
        {
            var detail = await _client.GetJsonAsync($"/vocabularies/{vocabulary.Name}");

            Assert.Equal(vocabulary.Terms.Select(t => t.Code), detail["terms"]!.AsArray().Select(t => t!["code"]!.GetValue<string>()));
        }
    }

    [Theory]
    [InlineData("disease", "ms", "multiple-sclerosis")]
    [InlineData("disease", "MULTIPLE-SCLEROSIS", "multiple-sclerosis")]
    [InlineData("disease", "Lou%20Gehrig's%20disease", "amyotrophic-lateral-sclerosis")]
    [InlineData("trial-phase", "phase-2", "phase-2")]
    public async Task GetTerm_CodeOrSynonymInAnyCase_IsTheCanonicalTerm(string vocabulary, string code, string canonical)
    {
        var term = await _client.GetJsonAsync($"/vocabularies/{vocabulary}/{code}");

        Assert.Equal(canonical, term["code"]!.GetValue<string>());
        Assert.Equal(vocabulary, term["vocabulary"]!.GetValue<string>());
        Assert.Equal(Vocabularies.Find(vocabulary).Find(canonical).DisplayName, term["displayName"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetTerm_WritesCodingsWithTheirSystemAndConfidenceAsCodes()
    {
        var term = await _client.GetJsonAsync("/vocabularies/disease/als");

        var snomed = term["codings"]!.AsArray().First(c => c!["system"]!.GetValue<string>() == CodeSystem.SnomedCt.Code)!;
        Assert.Equal("86044005", snomed["code"]!.GetValue<string>());
        Assert.Equal(CodingConfidence.Verified.Code, snomed["confidence"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/vocabularies/no-such-vocabulary", "'no-such-vocabulary'")]
    [InlineData("/vocabularies/no-such-vocabulary/ms", "'no-such-vocabulary'")]
    [InlineData("/vocabularies/disease/parkinsons-disease", "'parkinsons-disease'")]
    public async Task UnknownVocabularyOrTerm_IsA404Problem(string uri, string named)
    {
        using var response = await _client.GetAsync(new Uri(uri, UriKind.Relative));

        var problem = await TestSupport.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains(named, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
