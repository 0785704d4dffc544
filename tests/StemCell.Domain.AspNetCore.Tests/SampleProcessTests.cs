using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StemCell.Domain.AspNetCore.Tests;

/// <summary>The sample as a real process on a loopback port, as <c>dotnet run --project samples/StemCell.Api</c> starts it.</summary>
public sealed partial class SampleProcessTests
{
    [Fact]
    public async Task SampleProcess_ServesStudiesValidatesAndDescribesItself()
    {
        // The test project references the sample, so its assembly sits next to this one; port 0 lets the system choose.
        var sample = Path.Combine(AppContext.BaseDirectory, "StemCell.Api.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { sample, "--urls", "http://127.0.0.1:0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        var errorOutput = process.StandardError.ReadToEndAsync();
        try
        {
            var address = await ListeningAddressAsync(process, errorOutput);
            Assert.Equal("127.0.0.1", address.Host);
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

            var als = JsonNode.Parse(await client.GetStringAsync(new Uri("/studies?disease=als", UriKind.Relative)))!.AsArray();
            Assert.NotEmpty(als);
            Assert.All(als, s => Assert.Equal("amyotrophic-lateral-sclerosis", s!["disease"]!.GetValue<string>()));

            var dataset = TestSupport.ValidDataset();
            dataset["studies"]![0]!["bogus"] = 1;
            using var response = await client.PostAsync(new Uri("/datasets/validate", UriKind.Relative), TestSupport.Json(dataset));
            var errors = await TestSupport.AssertValidationProblemAsync(response);
            Assert.Contains("$.studies[0].bogus", errors.Keys);

            var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
            Assert.Contains("interventions", document["components"]!["schemas"]!["Study"]!["properties"]!.AsObject().Select(p => p.Key));

            using var missing = await client.GetAsync(new Uri("/studies/no-such-study", UriKind.Relative));
            await TestSupport.AssertProblemAsync(missing, HttpStatusCode.NotFound);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task SampleProcess_ADatasetPathThatCannotBeRead_Exits1WithAMessageAndNoStackTrace()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "StemCell.Api.dll"), "--urls", "http://127.0.0.1:0", "--Dataset:Path=/no/such/dataset.json" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith("Dataset:Path: ", error, StringComparison.Ordinal);
        Assert.Contains("/no/such/dataset.json", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error + await output, StringComparison.Ordinal);
    }

    // Kestrel logs "Now listening on: http://127.0.0.1:PORT" once it is ready.
    private static async Task<Uri> ListeningAddressAsync(Process process, Task<string> errorOutput)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var seen = new List<string>();
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.Add(line);
            if (ListeningOn().Match(line) is { Success: true } match)
            {
                // The log goes on (a line per request); read it to the end so the process never waits on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return new Uri(match.Groups["address"].Value);
            }
        }

        throw new InvalidOperationException(
            $"The sample exited ({(process.HasExited ? process.ExitCode : "running")}) without listening:\n{string.Join('\n', seen)}\n{await errorOutput}");
    }

    [GeneratedRegex(@"Now listening on: (?<address>http://\S+)")]
    private static partial Regex ListeningOn();
}
