using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace StemCell.Domain.AspNetCore.Tests;

/// <summary>The sample API in memory, shared by the tests of one class.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>;

/// <summary>Helpers shared by the test classes.</summary>
internal static class TestSupport
{
    /// <summary>A valid dataset that uses every part of the format (the core tests' corpus base), as a JSON tree to change.</summary>
    internal static JsonObject ValidDataset() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "corpus-base-dataset.json")))!.AsObject();

    internal static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    internal static StringContent Json(JsonNode node) => Json(node.ToJsonString());

    /// <summary>Asserts an RFC 9457 problem document with the status, and returns it.</summary>
    internal static async Task<JsonObject> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!.AsObject();
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()), body);
        return problem;
    }

    /// <summary>Asserts a 400 validation problem and returns its <c>errors</c>: JSON path to messages.</summary>
    internal static async Task<Dictionary<string, string[]>> AssertValidationProblemAsync(HttpResponseMessage response)
    {
        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(StemCellProblemDetails.InvalidBodyTitle, problem["title"]!.GetValue<string>());
        var errors = problem["errors"].Deserialize<Dictionary<string, string[]>>()!;
        Assert.NotEmpty(errors);
        return errors;
    }

    internal static async Task<JsonNode> GetJsonAsync(this HttpClient client, string uri)
    {
        using var response = await client.GetAsync(new Uri(uri, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {uri}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(body)!;
    }

    /// <summary>
    /// Starts a small application of the test's own on an in-memory server, with <c>AddStemCellDomain</c> and an
    /// OpenAPI document, in the given environment (the developer exception page is on in Development).
    /// </summary>
    internal static async Task<WebApplication> StartAppAsync(
        Action<WebApplication> map, string environment = "Production", Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Services.AddStemCellDomain();
        builder.Services.AddOpenApi();
        configure?.Invoke(builder);
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return app;
    }

    internal static MediaTypeWithQualityHeaderValue AcceptHtml { get; } = new("text/html");
}
