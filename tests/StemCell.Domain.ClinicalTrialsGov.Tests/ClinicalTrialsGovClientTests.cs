using System.Globalization;
using System.Net;
using System.Text;
using StemCell.Domain.ClinicalTrialsGov.Tests.TestSupport;

namespace StemCell.Domain.ClinicalTrialsGov.Tests;

public sealed class ClinicalTrialsGovClientTests
{
    private const string Study = "NCT03418623.json";
    private const string WithdrawnStudy = "NCT00973089.json";
    private const string MergedStudy = "NCT03103880.json";
    private const string FirstPage = "genomoncology__biomcp__search_phelan_limit5_20260811.json";
    private const string SecondPage = "genomoncology__biomcp__search_phelan_next_20260811.json";
    private const string LastPage = "ctti-clinicaltrials__aact__NCT03281889.json";

    // The tokens the real pages hand out: FirstPage's nextPageToken leads to SecondPage, and SecondPage's to LastPage.
    private const string SecondPageToken = "ZVt07cGHkvI2wRk2CJf6_LLq14bEL8swd7KrgP4dnDeTsPkw";
    private const string LastPageToken = "ZVt07cGHkvI2wRk2CJf6_LLq14bEL8swd7KrgP4bmjeauvk_IQ";

    private static readonly string[] AllPagedStudies =
    [
        "NCT02710084", "NCT05105685", "NCT01525901", "NCT03493607", "NCT07119606",
        "NCT05187377", "NCT03836300", "NCT07014020", "NCT05025241", "NCT07281079",
        "NCT03281889",
    ];

    [Fact]
    public async Task GetStudyAsync_StudyExists_ReturnsItsRecord()
    {
        await using var registry = LoopbackRegistry.Start(_ => Reply.File(Study));
        var client = CreateClient(registry);

        var record = await client.GetStudyAsync("NCT03418623");

        Assert.Equal("NCT03418623", record.NctId);
        var request = Assert.Single(registry.Requests);
        Assert.Equal("/api/v2/studies/NCT03418623", request.Path);
        Assert.Equal("json", request.Query["format"]);
    }

    [Fact]
    public async Task GetStudyAsync_HttpClientHasBaseAddress_SendsThereRatherThanToTheOptionsAddress()
    {
        await using var registry = LoopbackRegistry.Start(_ => Reply.File(Study));
        using var httpClient = LoopbackRegistry.CreateHttpClient();
        httpClient.BaseAddress = registry.BaseAddress;
        var client = new ClinicalTrialsGovClient(httpClient, new ClinicalTrialsGovClientOptions { BaseAddress = new Uri("http://127.0.0.1:9/elsewhere/") });

        var record = await client.GetStudyAsync("NCT03418623");

        Assert.Equal("NCT03418623", record.NctId);
        Assert.Equal(registry.BaseAddress, client.BaseAddress);
        Assert.Equal("/api/v2/studies/NCT03418623", Assert.Single(registry.Requests).Path);
    }

    [Fact]
    public void Constructor_HttpClientWithoutBaseAddress_UsesTheRegistrysAddress()
    {
        using var httpClient = new HttpClient();

        var client = new ClinicalTrialsGovClient(httpClient);

        Assert.Equal(new Uri("https://clinicaltrials.gov/api/v2/"), client.BaseAddress);
    }

    [Fact]
    public void Constructor_HttpClientBaseAddressWithoutTrailingSlash_Throws()
    {
        using var httpClient = new HttpClient { BaseAddress = new Uri("https://clinicaltrials.gov/api/v2") };

        var exception = Assert.Throws<ArgumentException>(() => new ClinicalTrialsGovClient(httpClient));

        Assert.Equal("httpClient", exception.ParamName);
    }

    [Theory]
    [InlineData("NCT0341862")]
    [InlineData("NCT034186230")]
    [InlineData("nct03418623")]
    [InlineData("NCT03418623 ")]
    [InlineData("NCT0341862X")]
    [InlineData("../studies")]
    [InlineData("")]
    public async Task GetStudyAsync_NotAnNctNumber_ThrowsBeforeAnyRequest(string nctId)
    {
        await using var registry = LoopbackRegistry.Start(_ => Reply.File(Study));
        var client = CreateClient(registry);

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => client.GetStudyAsync(nctId));

        Assert.Equal("nctId", exception.ParamName);
        Assert.Empty(registry.Requests);
    }

    [Fact]
    public async Task GetStudyAsync_NullNctId_Throws()
    {
        using var httpClient = new HttpClient();
        var client = new ClinicalTrialsGovClient(httpClient);

        await Assert.ThrowsAsync<ArgumentNullException>(() => client.GetStudyAsync(null!));
    }

    [Fact]
    public async Task GetStudyAsync_NotFound_ThrowsNotFoundWithTheNctIdAndDoesNotRetry()
    {
        await using var registry = LoopbackRegistry.Start(_ => Reply.Text(HttpStatusCode.NotFound, "Study not found"));
        var client = CreateClient(registry);

        var exception = await Assert.ThrowsAsync<ClinicalTrialsGovNotFoundException>(() => client.GetStudyAsync("NCT09999999"));

        Assert.Equal("NCT09999999", exception.NctId);
        Assert.Equal(HttpStatusCode.NotFound, exception.StatusCode);
        Assert.Equal(new Uri(registry.BaseAddress, "studies/NCT09999999?format=json"), exception.RequestUri);
        Assert.Contains("NCT09999999", exception.Message, StringComparison.Ordinal);
        Assert.Single(registry.Requests);
    }

    [Fact]
    public async Task GetStudyAsync_HtmlErrorPage_ThrowsFormatExceptionNamingTheUrl()
    {
        await using var registry = LoopbackRegistry.Start(_ => Reply.Html(HttpStatusCode.OK, ClientTestFiles.Read("maintenance-page.html")));
        var client = CreateClient(registry);

        var exception = await Assert.ThrowsAsync<ClinicalTrialsGovFormatException>(() => client.GetStudyAsync("NCT03418623"));

        Assert.Equal(new Uri(registry.BaseAddress, "studies/NCT03418623?format=json").AbsoluteUri, exception.InputName);
        Assert.Contains("web page", exception.Message, StringComparison.Ordinal);
        Assert.Contains("ClinicalTrials.gov is undergoing maintenance", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStudyAsync_HtmlServedAsJson_ThrowsFormatException()
    {
        await using var registry = LoopbackRegistry.Start(_ => Reply.Json(ClientTestFiles.Read("maintenance-page.html")));
        var client = CreateClient(registry);

        var exception = await Assert.ThrowsAsync<ClinicalTrialsGovFormatException>(() => client.GetStudyAsync("NCT03418623"));

        Assert.Contains("web page", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStudyAsync_TruncatedJson_ThrowsFormatExceptionNamingTheUrlAndWhere()
    {
        var study = ClientTestFiles.Read(Study);
        await using var registry = LoopbackRegistry.Start(_ => Reply.Json(study[..(study.Length / 2)]));
        var client = CreateClient(registry);

        var exception = await Assert.ThrowsAsync<ClinicalTrialsGovFormatException>(() => client.GetStudyAsync("NCT03418623"));

        Assert.Equal(new Uri(registry.BaseAddress, "studies/NCT03418623?format=json").AbsoluteUri, exception.InputName);
        Assert.StartsWith("line ", exception.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStudyAsync_RecordCannotBeRead_ThrowsFormatExceptionNamingTheUrl()
    {
        var brokenStudy = """{"protocolSection":{"identificationModule":{"briefTitle":"A study without its NCT number"}}}"""u8.ToArray();
        await using var registry = LoopbackRegistry.Start(_ => Reply.Json(brokenStudy));
        var client = CreateClient(registry);

        var exception = await Assert.ThrowsAsync<ClinicalTrialsGovFormatException>(() => client.GetStudyAsync("NCT03418623"));

        Assert.Equal(new Uri(registry.BaseAddress, "studies/NCT03418623?format=json").AbsoluteUri, exception.InputName);
    }

    [Fact]
    public async Task GetStudyAsync_NumberMergedIntoAnotherStudy_ReturnsTheStudyThatHasItAsAlias()
    {
        await using var registry = LoopbackRegistry.Start(_ => Reply.File(MergedStudy));
        var client = CreateClient(registry);

        var record = await client.GetStudyAsync("NCT05712863");

        Assert.Equal("NCT03103880", record.NctId);
        Assert.Contains("NCT05712863", record.NctIdAliases);
    }

    [Fact]
    public async Task GetStudyAsync_RegistryAnswersWithAnotherStudy_ThrowsFormatException()
    {
        await using var registry = LoopbackRegistry.Start(_ => Reply.File(WithdrawnStudy));
        var client = CreateClient(registry);

        var exception = await Assert.ThrowsAsync<ClinicalTrialsGovFormatException>(() => client.GetStudyAsync("NCT03418623"));

        Assert.Contains("NCT00973089", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetStudyAsync_TooManyRequestsWithRetryAfterSeconds_WaitsThatLongThenSucceeds()
    {
        var clock = new RecordingTimeProvider();
        await using var registry = LoopbackRegistry.Start(FirstThen(Reply.Text(HttpStatusCode.TooManyRequests, "Slow down", ("Retry-After", "7")), _ => Reply.File(Study)));
        var client = CreateClient(registry, clock);

        var record = await client.GetStudyAsync("NCT03418623");

        Assert.Equal("NCT03418623", record.NctId);
        Assert.Equal([TimeSpan.FromSeconds(7)], clock.Delays);
        Assert.Equal(2, registry.Requests.Count);
    }

    [Fact]
    public async Task GetStudyAsync_ServiceUnavailableWithRetryAfterDate_WaitsUntilThatDate()
    {
        var clock = new RecordingTimeProvider();
        var retryAt = RecordingTimeProvider.Now.AddSeconds(12).ToString("R", CultureInfo.InvariantCulture);
        await using var registry = LoopbackRegistry.Start(FirstThen(Reply.Text(HttpStatusCode.ServiceUnavailable, "Back soon", ("Retry-After", retryAt)), _ => Reply.File(Study)));
        var client = CreateClient(registry, clock);

        await client.GetStudyAsync("NCT03418623");

        Assert.Equal([TimeSpan.FromSeconds(12)], clock.Delays);
    }

    [Fact]
    public async Task GetStudyAsync_RetryAfterLongerThanMaxDelay_WaitsMaxDelay()
    {
        var clock = new RecordingTimeProvider();
        await using var registry = LoopbackRegistry.Start(FirstThen(Reply.Text(HttpStatusCode.TooManyRequests, "Slow down", ("Retry-After", "3600")), _ => Reply.File(Study)));
        var client = CreateClient(registry, clock, options => options with { MaxDelay = TimeSpan.FromSeconds(30) });

        await client.GetStudyAsync("NCT03418623");

        Assert.Equal([TimeSpan.FromSeconds(30)], clock.Delays);
    }

    [Fact]
    public async Task GetStudyAsync_ServerErrorEveryTime_ThrowsAfterMaxAttemptsWithExponentialBackoff()
    {
        var clock = new RecordingTimeProvider();
        await using var registry = LoopbackRegistry.Start(_ => Reply.Text(HttpStatusCode.InternalServerError, "Internal error"));
        var client = CreateClient(registry, clock, options => options with { MaxAttempts = 3, BaseDelay = TimeSpan.FromSeconds(2) });

        var exception = await Assert.ThrowsAsync<ClinicalTrialsGovHttpException>(() => client.GetStudyAsync("NCT03418623"));

        Assert.Equal(HttpStatusCode.InternalServerError, exception.StatusCode);
        Assert.Equal(new Uri(registry.BaseAddress, "studies/NCT03418623?format=json"), exception.RequestUri);
        Assert.Equal(3, exception.Attempts);
        Assert.Contains("500", exception.Message, StringComparison.Ordinal);
        Assert.Equal(3, registry.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], clock.Delays);
    }

    [Fact]
    public async Task GetStudyAsync_BackoffGrowsPastMaxDelay_WaitsMaxDelay()
    {
        var clock = new RecordingTimeProvider();
        await using var registry = LoopbackRegistry.Start(_ => Reply.Text(HttpStatusCode.BadGateway, "Bad gateway"));
        var client = CreateClient(
            registry, clock, options => options with { MaxAttempts = 5, BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromSeconds(25) });

        await Assert.ThrowsAsync<ClinicalTrialsGovHttpException>(() => client.GetStudyAsync("NCT03418623"));

        Assert.Equal([TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(25)], clock.Delays);
    }

    [Fact]
    public async Task GetStudyAsync_BadRequest_ThrowsWithTheRegistrysExplanationAndDoesNotRetry()
    {
        var clock = new RecordingTimeProvider();
        await using var registry = LoopbackRegistry.Start(_ => Reply.Text(HttpStatusCode.BadRequest, "The request is not valid."));
        var client = CreateClient(registry, clock);

        var exception = await Assert.ThrowsAsync<ClinicalTrialsGovHttpException>(() => client.GetStudyAsync("NCT03418623"));

        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.Equal(1, exception.Attempts);
        Assert.Contains("The request is not valid.", exception.Message, StringComparison.Ordinal);
        Assert.Single(registry.Requests);
        Assert.Empty(clock.Delays);
    }

    [Fact]
    public async Task GetStudyAsync_ConnectionDroppedOnce_RetriesAndSucceeds()
    {
        var clock = new RecordingTimeProvider();
        await using var registry = LoopbackRegistry.Start(FirstThen(Reply.Dropped, _ => Reply.File(Study)));
        var client = CreateClient(registry, clock);

        var record = await client.GetStudyAsync("NCT03418623");

        Assert.Equal("NCT03418623", record.NctId);
        Assert.Equal(2, registry.Requests.Count);
        Assert.Equal([ClinicalTrialsGovClientOptions.Default.BaseDelay], clock.Delays);
    }

    [Fact]
    public async Task GetStudyAsync_HttpClientTimesOutOnce_RetriesAndSucceeds()
    {
        var clock = new RecordingTimeProvider();
        var count = 0;
        await using var registry = LoopbackRegistry.Start(async (_, stopping) =>
        {
            if (Interlocked.Increment(ref count) == 1)
            {
                await Task.Delay(Timeout.Infinite, stopping);
            }

            return Reply.File(Study);
        });
        using var httpClient = LoopbackRegistry.CreateHttpClient();
        httpClient.Timeout = TimeSpan.FromMilliseconds(200);
        var client = new ClinicalTrialsGovClient(httpClient, new ClinicalTrialsGovClientOptions { BaseAddress = registry.BaseAddress, TimeProvider = clock });

        var record = await client.GetStudyAsync("NCT03418623");

        Assert.Equal("NCT03418623", record.NctId);
        Assert.Equal(2, registry.Requests.Count);
        Assert.Equal([ClinicalTrialsGovClientOptions.Default.BaseDelay], clock.Delays);
    }

    [Fact]
    public async Task GetStudyAsync_ConnectionDroppedEveryTime_ThrowsWithoutStatusAfterMaxAttempts()
    {
        await using var registry = LoopbackRegistry.Start(_ => Reply.Dropped);
        var client = CreateClient(registry, new RecordingTimeProvider(), options => options with { MaxAttempts = 2 });

        var exception = await Assert.ThrowsAsync<ClinicalTrialsGovHttpException>(() => client.GetStudyAsync("NCT03418623"));

        Assert.Null(exception.StatusCode);
        Assert.Equal(2, exception.Attempts);
        Assert.True(exception.InnerException is HttpRequestException or IOException, exception.InnerException?.ToString());
        Assert.Equal(2, registry.Requests.Count);
    }

    [Fact]
    public async Task GetStudyAsync_CanceledBeforehand_ThrowsWithoutARequest()
    {
        await using var registry = LoopbackRegistry.Start(_ => Reply.File(Study));
        var client = CreateClient(registry);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetStudyAsync("NCT03418623", new CancellationToken(canceled: true)));

        Assert.Empty(registry.Requests);
    }

    [Fact]
    public async Task GetStudyAsync_CanceledWhileWaitingToRetry_Throws()
    {
        var clock = new RecordingTimeProvider(timersFire: false);
        await using var registry = LoopbackRegistry.Start(_ => Reply.Text(HttpStatusCode.ServiceUnavailable, "Busy"));
        var client = CreateClient(registry, clock);
        using var cancellation = new CancellationTokenSource();

        var fetch = client.GetStudyAsync("NCT03418623", cancellation.Token);
        await clock.DelayAsked.WaitAsync(HangGuard);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
        Assert.Single(registry.Requests);
    }

    [Fact]
    public async Task GetStudyAsync_CanceledWhileTheRegistryIsAnswering_Throws()
    {
        var requestArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registry = LoopbackRegistry.Start(async (_, stopping) =>
        {
            requestArrived.TrySetResult();
            await Task.Delay(Timeout.Infinite, stopping);
            return Reply.File(Study);
        });
        var client = CreateClient(registry);
        using var cancellation = new CancellationTokenSource();

        var fetch = client.GetStudyAsync("NCT03418623", cancellation.Token);
        await requestArrived.Task.WaitAsync(HangGuard);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
        Assert.Single(registry.Requests);
    }

    [Fact]
    public async Task SearchAsync_SeveralPages_FollowsEveryPageTokenAndGivesEveryStudyInOrder()
    {
        await using var registry = LoopbackRegistry.Start(ServePagedSearch);
        var client = CreateClient(registry);
        var query = new ClinicalTrialsGovQuery
        {
            Condition = "Phelan-McDermid syndrome",
            Intervention = "oxytocin OR IGF-1",
            Term = "\"22q13 deletion\" & autism",
            OverallStatuses = [ClinicalTrialsGovCodes.Status.Completed, ClinicalTrialsGovCodes.Status.Recruiting],
            PageSize = 5,
        };

        var results = await ToListAsync(client.SearchAsync(query));

        Assert.Equal(AllPagedStudies, results.Select(result => result.NctId));
        Assert.All(results, result => Assert.Null(result.Error));
        Assert.Equal([null, SecondPageToken, LastPageToken], registry.Requests.Select(request => request.Query.GetValueOrDefault("pageToken")));
        Assert.All(registry.Requests, request =>
        {
            Assert.Equal("/api/v2/studies", request.Path);
            Assert.Equal("json", request.Query["format"]);
            Assert.Equal("Phelan-McDermid syndrome", request.Query["query.cond"]);
            Assert.Equal("oxytocin OR IGF-1", request.Query["query.intr"]);
            Assert.Equal("\"22q13 deletion\" & autism", request.Query["query.term"]);
            Assert.Equal("COMPLETED,RECRUITING", request.Query["filter.overallStatus"]);
            Assert.Equal("5", request.Query["pageSize"]);
        });
        Assert.Contains("pageToken=" + SecondPageToken, results[5].Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_NothingSet_SendsOnlyTheFormat()
    {
        await using var registry = LoopbackRegistry.Start(_ => Reply.File(LastPage));
        var client = CreateClient(registry);

        var results = await ToListAsync(client.SearchAsync(new ClinicalTrialsGovQuery()));

        Assert.Equal(["NCT03281889"], results.Select(result => result.NctId));
        Assert.Equal(["format"], Assert.Single(registry.Requests).Query.Keys);
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(11, 3)]
    [InlineData(50, 3)]
    public async Task SearchAsync_MaxRecords_StopsAfterThatManyWithoutAskingForMorePages(int maxRecords, int expectedRequests)
    {
        await using var registry = LoopbackRegistry.Start(ServePagedSearch);
        var client = CreateClient(registry);

        var results = await ToListAsync(client.SearchAsync(new ClinicalTrialsGovQuery { PageSize = 5, MaxRecords = maxRecords }));

        Assert.Equal(AllPagedStudies.Take(maxRecords), results.Select(result => result.NctId));
        Assert.Equal(expectedRequests, registry.Requests.Count);
    }

    [Fact]
    public async Task SearchAsync_PageWithAnUnreadableStudy_GivesItsErrorAsAResultAndGoesOn()
    {
        var page = Encoding.UTF8.GetBytes(string.Concat(
            """{"studies":[""",
            Encoding.UTF8.GetString(ClientTestFiles.Read(Study)),
            """,{"protocolSection":{"identificationModule":{"briefTitle":"A study without its NCT number"}}},""",
            Encoding.UTF8.GetString(ClientTestFiles.Read(WithdrawnStudy)),
            "]}"));
        await using var registry = LoopbackRegistry.Start(_ => Reply.Json(page));
        var client = CreateClient(registry);

        var results = await ToListAsync(client.SearchAsync(new ClinicalTrialsGovQuery()));

        Assert.Equal(3, results.Count);
        Assert.Equal("NCT03418623", results[0].Record?.NctId);
        Assert.Null(results[1].Record);
        Assert.NotNull(results[1].Error);
        Assert.Equal(2, results[1].Position);
        Assert.Equal("NCT00973089", results[2].Record?.NctId);
    }

    [Fact]
    public async Task SearchAsync_PageRepeatsItsOwnToken_ThrowsFormatException()
    {
        var loopingPage = """{"studies":[],"nextPageToken":"SAME"}"""u8.ToArray();
        await using var registry = LoopbackRegistry.Start(_ => Reply.Json(loopingPage));
        var client = CreateClient(registry);

        var exception = await Assert.ThrowsAsync<ClinicalTrialsGovFormatException>(() => ToListAsync(client.SearchAsync(new ClinicalTrialsGovQuery())));

        Assert.Contains("SAME", exception.Message, StringComparison.Ordinal);
        Assert.Equal(2, registry.Requests.Count);
    }

    [Fact]
    public async Task SearchAsync_HtmlErrorPage_ThrowsFormatExceptionNamingTheUrl()
    {
        await using var registry = LoopbackRegistry.Start(_ => Reply.Html(HttpStatusCode.OK, ClientTestFiles.Read("maintenance-page.html")));
        var client = CreateClient(registry);

        var exception = await Assert.ThrowsAsync<ClinicalTrialsGovFormatException>(
            () => ToListAsync(client.SearchAsync(new ClinicalTrialsGovQuery { Condition = "ALS" })));

        Assert.Equal(new Uri(registry.BaseAddress, "studies?format=json&query.cond=ALS").AbsoluteUri, exception.InputName);
    }

    [Fact]
    public async Task SearchAsync_TooManyRequestsOnASecondPage_WaitsAndGoesOn()
    {
        var clock = new RecordingTimeProvider();
        var throttled = false;
        await using var registry = LoopbackRegistry.Start(request =>
        {
            if (request.Query.ContainsKey("pageToken") && !throttled)
            {
                throttled = true;
                return Reply.Text(HttpStatusCode.TooManyRequests, "Slow down", ("Retry-After", "5"));
            }

            return ServePagedSearch(request);
        });
        var client = CreateClient(registry, clock);

        var results = await ToListAsync(client.SearchAsync(new ClinicalTrialsGovQuery { PageSize = 5 }));

        Assert.Equal(AllPagedStudies, results.Select(result => result.NctId));
        Assert.Equal([TimeSpan.FromSeconds(5)], clock.Delays);
        Assert.Equal(4, registry.Requests.Count);
    }

    [Fact]
    public async Task SearchAsync_CanceledBetweenPages_Throws()
    {
        await using var registry = LoopbackRegistry.Start(ServePagedSearch);
        var client = CreateClient(registry);
        using var cancellation = new CancellationTokenSource();
        var seen = new List<string?>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in client.SearchAsync(new ClinicalTrialsGovQuery { PageSize = 5 }, cancellation.Token))
            {
                seen.Add(result.NctId);
                if (seen.Count == 5)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(AllPagedStudies.Take(5), seen);
        Assert.Single(registry.Requests);
    }

    [Fact]
    public void SearchAsync_NullQuery_ThrowsAtOnce()
    {
        using var httpClient = new HttpClient();
        var client = new ClinicalTrialsGovClient(httpClient);

        Assert.Throws<ArgumentNullException>(() => client.SearchAsync(null!));
    }

    [Fact]
    public void Constructor_NullHttpClient_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new ClinicalTrialsGovClient(null!));

    /// <summary>Only stops a broken test from hanging the run; no test depends on how long anything takes.</summary>
    private static TimeSpan HangGuard => TimeSpan.FromMinutes(1);

    private static ClinicalTrialsGovClient CreateClient(
        LoopbackRegistry registry, TimeProvider? clock = null, Func<ClinicalTrialsGovClientOptions, ClinicalTrialsGovClientOptions>? configure = null)
    {
        var options = new ClinicalTrialsGovClientOptions { BaseAddress = registry.BaseAddress, TimeProvider = clock ?? new RecordingTimeProvider() };
        return new ClinicalTrialsGovClient(registry.HttpClient, configure is null ? options : configure(options));
    }

    /// <summary>Answers the first request with <paramref name="first"/> and every later one as <paramref name="then"/> says.</summary>
    private static Func<ReceivedRequest, Reply> FirstThen(Reply first, Func<ReceivedRequest, Reply> then)
    {
        var count = 0;
        return request => Interlocked.Increment(ref count) == 1 ? first : then(request);
    }

    private static Reply ServePagedSearch(ReceivedRequest request) =>
        request.Query.GetValueOrDefault("pageToken") switch
        {
            null => Reply.File(FirstPage),
            SecondPageToken => Reply.File(SecondPage),
            LastPageToken => Reply.File(LastPage),
            var token => Reply.Text(HttpStatusCode.BadRequest, $"Unknown page token '{token}'."),
        };

    private static async Task<List<ClinicalTrialsGovReadResult>> ToListAsync(IAsyncEnumerable<ClinicalTrialsGovReadResult> results)
    {
        var list = new List<ClinicalTrialsGovReadResult>();
        await foreach (var result in results)
        {
            list.Add(result);
        }

        return list;
    }
}
