using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using StemCell.Domain.Querying;
using StemCell.Domain.Serialization;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.AspNetCore.Tests.Api;

public sealed class StudyEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly DatasetIndex Sample = new(SampleDataset.Dataset);

    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetStudies_NoFilter_ListsEveryStudyOfTheEmbeddedDatasetInOrder()
    {
        var studies = (await _client.GetJsonAsync("/studies")).AsArray();

        Assert.Equal(SampleDataset.Dataset.Studies.Select(s => s.Id), studies.Select(s => s!["id"]!.GetValue<string>()));
        Assert.Equal(44, studies.Count);
    }

    [Theory]
    [InlineData("als")]
    [InlineData("ALS")]
    [InlineData("amyotrophic-lateral-sclerosis")]
    [InlineData("Amyotrophic-Lateral-Sclerosis")]
    [InlineData("Lou%20Gehrig's%20disease")]
    public async Task GetStudies_DiseaseAsCodeOrSynonymInAnyCase_ListsTheAlsStudies(string disease)
    {
        var ids = await IdsAsync($"/studies?disease={disease}");

        var expected = Sample.Studies.WithDisease(Disease.AmyotrophicLateralSclerosis).Execute().Select(s => s.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task GetStudies_EveryFilter_AgreesWithTheLibrarysQuery()
    {
        var cases = new (string Query, StudyQuery Expected)[]
        {
            ("disease=MS", Sample.Studies.WithDisease(Disease.MultipleSclerosis)),
            ("course=progressive-ms", Sample.Studies.WithCourse(DiseaseCourse.FromCode("progressive-ms"))),
            ("cellType=MESENCHYMAL", Sample.Studies.WithCellType(StemCellType.FromCode("mesenchymal"))),
            ("route=intrathecal", Sample.Studies.WithRoute(DeliveryRoute.FromCode("intrathecal"))),
            ("tissue=Umbilical-Cord-Tissue", Sample.Studies.WithTissueSource(TissueSource.FromCode("umbilical-cord-tissue"))),
            ("donor=allogeneic", Sample.Studies.WithDonorOrigin(DonorOrigin.FromCode("allogeneic"))),
            ("mechanism=neuroprotection", Sample.Studies.WithMechanism(Mechanism.FromCode("neuroprotection"))),
            ("outcome=functional-rating", Sample.Studies.WithOutcomeMeasure(OutcomeMeasure.FromCode("functional-rating"))),
            ("phase=phase-2", Sample.Studies.WithPhase(TrialPhase.FromCode("phase-2"))),
            ("minPhase=phase-2", Sample.Studies.WithMinimumPhase(TrialPhase.FromCode("phase-2"))),
            ("maxPhase=phase-1", Sample.Studies.WithMaximumPhase(TrialPhase.FromCode("phase-1"))),
            ("status=completed", Sample.Studies.WithStatus(StudyStatus.FromCode("completed"))),
            ("registry=clinicaltrials-gov", Sample.Studies.WithRegistry(Registry.FromCode("clinicaltrials-gov"))),
            ("disease=als&route=intrathecal&minPhase=phase-1", Sample.Studies
                .WithDisease(Disease.AmyotrophicLateralSclerosis).WithRoute(DeliveryRoute.FromCode("intrathecal")).WithMinimumPhase(TrialPhase.FromCode("phase-1"))),
        };

        foreach (var (query, expected) in cases)
        {
            var ids = expected.Execute().Select(s => s.Id).ToList();
            Assert.True(ids.Count > 0 && ids.Count < 44, $"{query}: the case does not filter ({ids.Count} studies)");
            Assert.Equal(ids, await IdsAsync("/studies?" + query));
        }
    }

    [Theory]
    [InlineData("tisue=bone-marrow", "'tisue'")]
    [InlineData("disease=als&donr=autologous", "'donr'")]
    public async Task GetStudies_UnknownQueryParameter_IsA400ProblemNamingItAndTheFilters(string query, string named)
    {
        using var response = await _client.GetAsync(new Uri("/studies?" + query, UriKind.Relative));

        var problem = await TestSupport.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var detail = problem["detail"]!.GetValue<string>();
        Assert.Contains(named, detail, StringComparison.Ordinal);
        Assert.Contains("tissue", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStudies_AFilterNameInAnotherCase_IsBoundAsASPNETCoreBindsIt()
    {
        Assert.Equal(await IdsAsync("/studies?disease=als"), await IdsAsync("/studies?Disease=als"));
    }

    [Theory]
    [InlineData("disease=parkinsons-disease", "disease")]
    [InlineData("phase=phase-9", "phase")]
    [InlineData("cellType=", "cellType")]
    public async Task GetStudies_UnknownCode_IsA400ProblemNamingTheParameter(string query, string parameter)
    {
        using var response = await _client.GetAsync(new Uri("/studies?" + query, UriKind.Relative));

        var problem = await TestSupport.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(parameter, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStudy_KnownId_IsTheStudyInTheDocumentFormat()
    {
        var expected = SampleDataset.Dataset.Studies.Single(s => s.Id == "nct03280056");

        using var response = await _client.GetAsync(new Uri("/studies/nct03280056", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, JsonSerializer.Deserialize(body, StemCellJson.StudyTypeInfo));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(JsonSerializer.Serialize(expected, StemCellJson.StudyTypeInfo)), JsonNode.Parse(body)), body);
    }

    [Theory]
    [InlineData("no-such-study")]
    [InlineData("NCT03280056")]
    public async Task GetStudy_UnknownId_IsA404Problem(string id)
    {
        using var response = await _client.GetAsync(new Uri("/studies/" + id, UriKind.Relative));

        var problem = await TestSupport.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains($"'{id}'", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStudies_DatasetPathConfigured_ServesThatDataset()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "corpus-base-dataset.json");
        using var configured = factory.WithWebHostBuilder(builder => builder.UseSetting("Dataset:Path", path));
        using var client = configured.CreateClient();

        var studies = (await client.GetJsonAsync("/studies")).AsArray();

        var expected = StemCellJson.Deserialize(File.ReadAllText(path)).Studies.Select(s => s.Id);
        Assert.Equal(expected, studies.Select(s => s!["id"]!.GetValue<string>()));
    }

    private async Task<List<string>> IdsAsync(string uri) =>
        [.. (await _client.GetJsonAsync(uri)).AsArray().Select(s => s!["id"]!.GetValue<string>())];
}
