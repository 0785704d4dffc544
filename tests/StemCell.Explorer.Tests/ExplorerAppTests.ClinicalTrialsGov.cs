using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using StemCell.Explorer.Tests.TestSupport;

namespace StemCell.Explorer.Tests;

/// <summary>
/// <c>import ctgov</c> and <c>fetch ctgov</c>: registry records in, a valid dataset document and a report out, a
/// summary of what became of each record, and exit 1 when an input is not a registry document.
/// </summary>
public partial class ExplorerAppTests
{
    private static readonly string NurOwnCsv = RepositoryFiles.TestData(Path.Combine("ctgov", "mesenchymal_NurOwn.csv"));

    [Fact]
    public void ImportCtgov_ClassicCsv_WritesAValidDatasetAndAReportAndSummarizes()
    {
        using var directory = new TempDirectory();
        var dataset = directory.File("dataset.json");
        var report = directory.File("report.json");

        var result = Cli.Run("import", "ctgov", NurOwnCsv, "--out", dataset, "--report", report).Succeeded();

        Assert.Equal(
            [
                "Read:     3 records",
                "Imported: 3 records as 3 studies",
                "Skipped:  0 records",
                "Failed:   0 records",
                $"Wrote the dataset to {dataset}.",
                $"Wrote the report to {report}.",
            ],
            result.OutputLines);
        Assert.Equal($"{dataset}: valid dataset (3 sources, 3 studies)\n", Cli.Run("validate", dataset).Succeeded().Output);
        using var entries = JsonDocument.Parse(File.ReadAllBytes(report));
        Assert.Equal(
            ["NCT03799718", "NCT03280056", "NCT02017912"],
            entries.RootElement.EnumerateArray().Select(e => e.GetProperty("nctId").GetString()));
    }

    [Fact]
    public void ImportCtgov_WithoutOut_WritesTheDatasetToStandardOutputAndTheSummaryToStandardError()
    {
        var result = Cli.Run("import", "ctgov", NurOwnCsv);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var dataset = JsonDocument.Parse(result.Output);
        Assert.Equal(3, dataset.RootElement.GetProperty("studies").GetArrayLength());
        Assert.Equal("Read:     3 records", result.ErrorLines[0]);
    }

    [Fact]
    public void ImportCtgov_AFileThatIsNotARegistryDocument_Exits1NamingItAndStillImportsTheOthers()
    {
        var page = RepositoryFiles.TestData(Path.Combine("ctgov", "html-error-page.json"));
        using var directory = new TempDirectory();
        var dataset = directory.File("dataset.json");

        var result = Cli.Run("import", "ctgov", page, NurOwnCsv, "--out", dataset);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("Imported: 3 records as 3 studies", result.OutputLines);
        Assert.Contains(result.OutputLines, l => l.StartsWith($"{page}, line 1", StringComparison.Ordinal));
        Assert.Equal($"{dataset}: valid dataset (3 sources, 3 studies)\n", Cli.Run("validate", dataset).Succeeded().Output);
        result.AssertNoStackTrace();
    }

    [Fact]
    public void ImportCtgov_AMissingPath_Exits1NamingIt()
    {
        using var directory = new TempDirectory();
        var missing = directory.File("missing.json");

        var result = Cli.Run("import", "ctgov", missing).Failed(ExitCodes.Failure);

        Assert.Equal([$"{missing}: no such file or folder."], result.ErrorLines);
    }

    [Fact]
    public void ImportCtgov_NoPath_IsAUsageError() =>
        Cli.Run("import", "ctgov").Failed(ExitCodes.UsageError);

    [Fact]
    public void FetchCtgov_NoSearchTerm_IsAUsageError()
    {
        var result = Cli.Run("fetch", "ctgov", "--out", "x.json").Failed(ExitCodes.UsageError);

        Assert.Contains("error: Give at least one of --condition, --intervention and --term.", result.ErrorLines);
    }

    [Fact]
    public async Task FetchCtgov_FromALoopbackRegistry_ImportsWhatTheSearchReturns()
    {
        var page = await File.ReadAllBytesAsync(RepositoryFiles.TestData(Path.Combine("ctgov", "search-page-NCT03281889.json")));
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var requests = new List<string>();
        var server = ServeOnce(listener, page, requests);
        using var directory = new TempDirectory();
        var dataset = directory.File("dataset.json");

        var result = await Task.Run(() => Cli.Run(
            "fetch", "ctgov", "--condition", "multiple sclerosis", "--intervention", "stem cells", "--status", "completed",
            "--api", $"http://127.0.0.1:{port}/api/v2/", "--out", dataset));
        await server;

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("Skipped:  1 record", result.OutputLines);
        var request = Assert.Single(requests);
        Assert.StartsWith("GET /api/v2/studies?", request, StringComparison.Ordinal);
        Assert.Contains("query.cond=multiple%20sclerosis", request, StringComparison.Ordinal);
        Assert.Contains("query.intr=stem%20cells", request, StringComparison.Ordinal);
        Assert.Contains("filter.overallStatus=COMPLETED", request, StringComparison.Ordinal);
        Assert.Equal($"{dataset}: valid dataset (0 sources, 0 studies)\n", Cli.Run("validate", dataset).Succeeded().Output);
    }

    /// <summary>Answers one HTTP request on the loopback listener with a JSON body, then stops.</summary>
    private static async Task ServeOnce(TcpListener listener, byte[] body, List<string> requests)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var client = await listener.AcceptTcpClientAsync(timeout.Token);
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, leaveOpen: true);
        requests.Add(await reader.ReadLineAsync(timeout.Token) ?? string.Empty);
        while (!string.IsNullOrEmpty(await reader.ReadLineAsync(timeout.Token)))
        {
            // The request's headers: nothing in them matters here.
        }

        var head = System.Text.Encoding.ASCII.GetBytes(
            $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        await stream.WriteAsync(head, timeout.Token);
        await stream.WriteAsync(body, timeout.Token);
    }
}
