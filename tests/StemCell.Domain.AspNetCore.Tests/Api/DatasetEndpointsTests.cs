using System.Net;
using System.Text.Json.Nodes;

namespace StemCell.Domain.AspNetCore.Tests.Api;

public sealed class DatasetEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Validate_ValidDocument_SaysWhatItHolds()
    {
        using var response = await _client.PostAsync(new Uri("/datasets/validate", UriKind.Relative), TestSupport.Json(TestSupport.ValidDataset()));
        var summary = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, summary["sources"]!.GetValue<int>());
        Assert.Equal(2, summary["studies"]!.GetValue<int>());
    }

    [Fact]
    public async Task Validate_DocumentWithoutLength_SaysWhatItHolds()
    {
        using var response = await PostUnsizedAsync(TestSupport.ValidDataset().ToJsonString());
        var summary = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, summary["sources"]!.GetValue<int>());
        Assert.Equal(2, summary["studies"]!.GetValue<int>());
    }

    [Fact]
    public async Task Validate_SourcesAfterStudies_GetsTheSameVerdictSizedOrChunked()
    {
        // Property order is free in the format; a chunked body used to be read only in the order writers write.
        var dataset = TestSupport.ValidDataset();
        var reordered = new JsonObject
        {
            ["studies"] = dataset["studies"]!.DeepClone(),
            ["sources"] = dataset["sources"]!.DeepClone(),
            ["formatVersion"] = dataset["formatVersion"]!.DeepClone(),
        };

        using var sized = await _client.PostAsync(new Uri("/datasets/validate", UriKind.Relative), TestSupport.Json(reordered));
        using var chunked = await PostUnsizedAsync(reordered.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, sized.StatusCode);
        Assert.Equal(HttpStatusCode.OK, chunked.StatusCode);
    }

    public static TheoryData<string, string, string, string> BadDocuments() => new()
    {
        // name, JSON pointer to change, new value (JSON), expected path
        { "unknown property", "/studies/0/bogus", "1", "$.studies[0].bogus" },
        { "bad code", "/studies/1/disease", "\"parkinsons-disease\"", "$.studies[1].disease" },
        { "null list", "/studies/0/designs", "null", "$.studies[0].designs" },
        { "null studies", "/studies", "null", "$.studies" },
        { "model rule", "/studies/0/enrollment", "-3", "$.studies[0].enrollment" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task Validate_BadDocument_IsA400ProblemNamingThePath(string name, string pointer, string value, string path)
    {
        var json = With(TestSupport.ValidDataset(), pointer, value);

        using var response = await _client.PostAsync(new Uri("/datasets/validate", UriKind.Relative), TestSupport.Json(json));

        var errors = await TestSupport.AssertValidationProblemAsync(response);
        Assert.True(errors.ContainsKey(path), $"{name}: {string.Join(", ", errors.Keys)}");
    }

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task Validate_BadDocumentStreamed_IsA400ProblemNamingThePath(string name, string pointer, string value, string path)
    {
        var json = With(TestSupport.ValidDataset(), pointer, value);

        using var response = await PostUnsizedAsync(json);

        var errors = await TestSupport.AssertValidationProblemAsync(response);
        Assert.True(errors.ContainsKey(path), $"{name}: {string.Join(", ", errors.Keys)}");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Validate_SeveralProblems_ListsEveryOneSizedOrChunked(bool sized)
    {
        var dataset = TestSupport.ValidDataset();
        dataset["studies"]![0]!["enrollment"] = -3;
        dataset["studies"]![0]!["phase"] = "phase-9";
        dataset["studies"]![1]!["title"] = " padded";

        using var response = sized
            ? await _client.PostAsync(new Uri("/datasets/validate", UriKind.Relative), TestSupport.Json(dataset))
            : await PostUnsizedAsync(dataset.ToJsonString());

        var errors = await TestSupport.AssertValidationProblemAsync(response);
        Assert.Equal(["$.studies[0].enrollment", "$.studies[0].phase", "$.studies[1].title"], errors.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("{\"formatVersion\": \"1.1\", \"studies\": [", "$")]
    [InlineData("{\"formatVersion\": \"1.1\",, }", "$")]
    [InlineData("not json", "$")]
    public async Task Validate_MalformedJson_IsA400ProblemWithTheLine(string json, string path)
    {
        using var response = await _client.PostAsync(new Uri("/datasets/validate", UriKind.Relative), TestSupport.Json(json));

        var errors = await TestSupport.AssertValidationProblemAsync(response);
        var message = Assert.Single(errors, e => e.Key.StartsWith(path, StringComparison.Ordinal)).Value.Single();
        Assert.Contains("(line 1, position ", message, StringComparison.Ordinal);
    }

    private static string With(JsonObject document, string pointer, string value)
    {
        var steps = pointer.Split('/', StringSplitOptions.RemoveEmptyEntries);
        JsonNode parent = document;
        foreach (var step in steps[..^1])
        {
            parent = parent is JsonArray array ? array[int.Parse(step, System.Globalization.CultureInfo.InvariantCulture)]! : parent[step]!;
        }

        parent.AsObject()[steps[^1]] = JsonNode.Parse(value);
        return document.ToJsonString();
    }

    // Sent chunked, without a Content-Length, as an upload of unknown size is.
    private async Task<HttpResponseMessage> PostUnsizedAsync(string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/datasets/validate", UriKind.Relative))
        {
            Content = TestSupport.Json(json),
        };
        request.Headers.TransferEncodingChunked = true;
        request.Content.Headers.ContentLength = null;
        return await _client.SendAsync(request);
    }
}
