using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using StemCell.Domain.Vocabulary;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>Reads studies from the live ClinicalTrials.gov registry through its API v2.</summary>
/// <remarks>
/// <para>
/// The client sends its requests through the <see cref="HttpClient"/> it is given, so it works as a typed client of
/// <c>IHttpClientFactory</c>; it never disposes that <see cref="HttpClient"/>. Requests go to the
/// <see cref="HttpClient.BaseAddress"/> when the <see cref="HttpClient"/> has one, and to
/// <see cref="ClinicalTrialsGovClientOptions.BaseAddress"/> otherwise. Rate limiting (429), server errors (5xx) and
/// network failures are retried as <see cref="ClinicalTrialsGovClientOptions"/> describes. Each response is read
/// whole into memory and then by <see cref="ClinicalTrialsGovReader"/>, with the request's address as the source name,
/// so every error names the address it came from.
/// </para>
/// <para>The client holds no state between calls and is safe to use from several threads at once.</para>
/// <para>Equality: reference equality.</para>
/// </remarks>
public sealed class ClinicalTrialsGovClient
{
    private const int ExcerptLength = 300;

    private readonly HttpClient _httpClient;

    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovClient"/> class.</summary>
    /// <param name="httpClient">The client to send requests through; the caller keeps ownership of it.</param>
    /// <param name="options">The base address and retry settings, or null for <see cref="ClinicalTrialsGovClientOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The <paramref name="httpClient"/>'s <see cref="HttpClient.BaseAddress"/> is not an absolute http or https address
    /// ending in <c>/</c> (without the slash, <c>studies</c> would resolve beside the API's folder, not in it).
    /// </exception>
    public ClinicalTrialsGovClient(HttpClient httpClient, ClinicalTrialsGovClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _httpClient = httpClient;
        Options = options ?? ClinicalTrialsGovClientOptions.Default;
        BaseAddress = httpClient.BaseAddress is { } address
            ? ClinicalTrialsGovClientOptions.CheckBaseAddress(address, nameof(httpClient))
            : Options.BaseAddress;
    }

    /// <summary>Gets the address of the registry's API v2 that requests go to.</summary>
    /// <value>The <see cref="HttpClient"/>'s base address, or else the options' base address; it ends in <c>/</c>.</value>
    public Uri BaseAddress { get; }

    /// <summary>Gets the retry settings and clock.</summary>
    /// <value>The options given, or <see cref="ClinicalTrialsGovClientOptions.Default"/>.</value>
    public ClinicalTrialsGovClientOptions Options { get; }

    /// <summary>Gets one study by its NCT number (<c>GET studies/{nctId}</c>).</summary>
    /// <param name="nctId">The NCT number: <c>NCT</c> followed by eight digits, such as <c>NCT03280056</c>.</param>
    /// <param name="cancellationToken">Cancels the request, including a wait between attempts.</param>
    /// <returns>
    /// The study's record. Its <see cref="ClinicalTrialsGovRecord.NctId"/> is <paramref name="nctId"/>, or the number
    /// the registry merged <paramref name="nctId"/> into (then <paramref name="nctId"/> is among
    /// <see cref="ClinicalTrialsGovRecord.NctIdAliases"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="nctId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nctId"/> is not <c>NCT</c> followed by eight digits; nothing was sent.</exception>
    /// <exception cref="ClinicalTrialsGovNotFoundException">The registry has no such study (404).</exception>
    /// <exception cref="ClinicalTrialsGovHttpException">The registry refused the request, or kept failing until the attempts ran out.</exception>
    /// <exception cref="ClinicalTrialsGovFormatException">
    /// The response is not a registry study (an HTML page, truncated JSON), the record in it could not be read, or it
    /// is another study; the message names the address and where in the response.
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was canceled.</exception>
    public async Task<ClinicalTrialsGovRecord> GetStudyAsync(string nctId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nctId);
        if (!Registry.ClinicalTrialsGov.IsValidIdentifier(nctId))
        {
            throw new ArgumentException($"'{nctId}' is not an NCT number: expected {Registry.ClinicalTrialsGov.IdentifierFormat}.", nameof(nctId));
        }

        var requestUri = new Uri(BaseAddress, $"studies/{nctId}?format=json");
        var body = await GetDocumentAsync(requestUri, nctId, cancellationToken).ConfigureAwait(false);
        ClinicalTrialsGovReadResult result;
        using (var stream = new MemoryStream(body, writable: false))
        {
            result = ClinicalTrialsGovReader.ReadStudy(stream, requestUri.AbsoluteUri);
        }

        if (result.Record is not { } record)
        {
            throw new ClinicalTrialsGovFormatException(requestUri.AbsoluteUri, null, result.Error ?? "the study could not be read.");
        }

        if (record.NctId != nctId && !record.NctIdAliases.Contains(nctId))
        {
            throw new ClinicalTrialsGovFormatException(
                requestUri.AbsoluteUri,
                "$.protocolSection.identificationModule.nctId",
                $"the registry answered with study {record.NctId}, which is neither {nctId} nor has it as an alias.");
        }

        return record;
    }

    /// <summary>Searches the registry (<c>GET studies</c>), following the pages until the last one or <see cref="ClinicalTrialsGovQuery.MaxRecords"/>.</summary>
    /// <param name="query">What to search for.</param>
    /// <param name="cancellationToken">Cancels the search, including a request in flight or a wait between attempts.</param>
    /// <returns>
    /// One result per study, in the registry's order. A study that could not be read comes as a result with its
    /// <see cref="ClinicalTrialsGovReadResult.Error"/>, not as an exception, so the search goes on; its
    /// <see cref="ClinicalTrialsGovReadResult.Source"/> is the address of its page and its
    /// <see cref="ClinicalTrialsGovReadResult.Position"/> its place in that page. A page is requested only when the
    /// enumeration reaches it.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ClinicalTrialsGovHttpException">While enumerating: the registry refused a page (a bad query gives 400), or kept failing until the attempts ran out.</exception>
    /// <exception cref="ClinicalTrialsGovFormatException">While enumerating: a page is not a registry search page (an HTML page, truncated JSON), or repeats the page token it was asked with.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/>, or the token given to the enumerator, was canceled.</exception>
    public IAsyncEnumerable<ClinicalTrialsGovReadResult> SearchAsync(ClinicalTrialsGovQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Search(query, cancellationToken);
    }

    private async IAsyncEnumerable<ClinicalTrialsGovReadResult> Search(
        ClinicalTrialsGovQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var given = 0;
        string? pageToken = null;
        do
        {
            var requestUri = SearchUri(query, pageToken);
            var body = await GetDocumentAsync(requestUri, nctId: null, cancellationToken).ConfigureAwait(false);
            ClinicalTrialsGovSearchPage page;
            using (var stream = new MemoryStream(body, writable: false))
            {
                page = ClinicalTrialsGovReader.ReadSearchPage(stream, requestUri.AbsoluteUri);
            }

            foreach (var result in page.Results)
            {
                yield return result;
                if (++given == query.MaxRecords)
                {
                    yield break;
                }
            }

            if (page.NextPageToken is { } next && next == pageToken)
            {
                // Following it would ask for the same page for ever.
                throw new ClinicalTrialsGovFormatException(
                    requestUri.AbsoluteUri, "$.nextPageToken", $"the page gives back the token it was asked with ('{next}'), so the search would never end.");
            }

            pageToken = page.NextPageToken;
        }
        while (pageToken is not null);
    }

    private Uri SearchUri(ClinicalTrialsGovQuery query, string? pageToken)
    {
        var text = new StringBuilder("studies?format=json");
        foreach (var (name, value) in query.Parameters())
        {
            text.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        if (pageToken is not null)
        {
            text.Append("&pageToken=").Append(Uri.EscapeDataString(pageToken));
        }

        return new Uri(BaseAddress, text.ToString());
    }

    /// <summary>GETs a registry document, retrying what is worth retrying, and returns its body.</summary>
    /// <param name="requestUri">The address.</param>
    /// <param name="nctId">The study asked for, which turns a 404 into <see cref="ClinicalTrialsGovNotFoundException"/>; null for a search.</param>
    /// <param name="cancellationToken">The caller's token.</param>
    private async Task<byte[]> GetDocumentAsync(Uri requestUri, string? nctId, CancellationToken cancellationToken)
    {
        var maxAttempts = Options.MaxAttempts;
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TimeSpan delay;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, requestUri);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                // Without ResponseHeadersRead, SendAsync reads the whole body: HttpClient.Timeout covers it, and a
                // connection that drops halfway fails here, as a transient HttpRequestException.
                using var response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                    RejectHtml(requestUri, response.Content.Headers.ContentType, body);
                    return body;
                }

                var status = response.StatusCode;
                if (status == HttpStatusCode.NotFound && nctId is not null)
                {
                    throw new ClinicalTrialsGovNotFoundException(nctId, requestUri);
                }

                if (!IsRetried(status))
                {
                    var excerpt = await ReadExcerptAsync(response.Content, cancellationToken).ConfigureAwait(false);
                    throw new ClinicalTrialsGovHttpException(
                        requestUri, status, attempt, $"GET {requestUri.AbsoluteUri} answered {Describe(status)}{(excerpt is null ? "" : ": " + excerpt)}");
                }

                if (attempt == maxAttempts)
                {
                    throw new ClinicalTrialsGovHttpException(
                        requestUri, status, attempt, $"GET {requestUri.AbsoluteUri} answered {Describe(status)} {Times(attempt)}; the registry is busy or failing, try again later.");
                }

                delay = RetryAfter(response.Headers.RetryAfter) ?? Backoff(attempt);
            }
            catch (Exception exception) when (IsTransient(exception, cancellationToken))
            {
                if (attempt == maxAttempts)
                {
                    throw new ClinicalTrialsGovHttpException(
                        requestUri, null, attempt, $"GET {requestUri.AbsoluteUri} failed {Times(attempt)}: {exception.Message}", exception);
                }

                delay = Backoff(attempt);
            }

            await Task.Delay(delay, Options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private static bool IsRetried(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status is >= 500 and <= 599;

    /// <summary>A failure in the network: no response, a broken body, or the <see cref="HttpClient.Timeout"/> (a cancellation the caller did not ask for).</summary>
    private static bool IsTransient(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or IOException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private TimeSpan Backoff(int attempt)
    {
        var ticks = Options.BaseDelay.Ticks * Math.Pow(2, attempt - 1);
        return ticks >= Options.MaxDelay.Ticks ? Options.MaxDelay : TimeSpan.FromTicks((long)ticks);
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? retryAfter)
    {
        var delay = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - Options.TimeProvider.GetUtcNow(),
            _ => (TimeSpan?)null,
        };
        return delay is not { } wait ? null
            : wait <= TimeSpan.Zero ? TimeSpan.Zero
            : wait >= Options.MaxDelay ? Options.MaxDelay
            : wait;
    }

    private static string Describe(HttpStatusCode status) => $"{(int)status} ({status})";

    private static string Times(int attempts) => attempts == 1 ? "on its only attempt" : $"on each of {attempts} attempts";

    /// <summary>Throws when a response is a web page, as gateways and error pages are, rather than the JSON the API serves.</summary>
    private static void RejectHtml(Uri requestUri, MediaTypeHeaderValue? contentType, byte[] body)
    {
        var start = body.AsSpan();
        start = start.StartsWith("\uFEFF"u8) ? start[3..] : start;
        start = start.TrimStart(" \t\r\n"u8);
        if (!string.Equals(contentType?.MediaType, "text/html", StringComparison.OrdinalIgnoreCase) && !start.StartsWith("<"u8))
        {
            return;
        }

        var text = Encoding.UTF8.GetString(start[..Math.Min(start.Length, 4096)]);
        var titleStart = text.IndexOf("<title>", StringComparison.OrdinalIgnoreCase);
        var titleEnd = titleStart < 0 ? -1 : text.IndexOf("</title>", titleStart, StringComparison.OrdinalIgnoreCase);
        var title = titleEnd < 0 ? null : text[(titleStart + "<title>".Length)..titleEnd].Trim();
        throw new ClinicalTrialsGovFormatException(
            requestUri.AbsoluteUri,
            null,
            $"expected a JSON document from the registry, found a web page (Content-Type {contentType?.MediaType ?? "not given"}{(string.IsNullOrEmpty(title) ? "" : $", title '{title}'")}).");
    }

    /// <summary>Reads the start of an error response, which for the API is a sentence saying what was wrong with the request.</summary>
    private static async Task<string?> ReadExcerptAsync(HttpContent content, CancellationToken cancellationToken)
    {
        if (string.Equals(content.Headers.ContentType?.MediaType, "text/html", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var text = (await content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).Trim();
            return text.Length == 0 ? null : text.Length <= ExcerptLength ? text : string.Concat(text.AsSpan(0, ExcerptLength), "…");
        }
        catch (Exception exception) when (IsTransient(exception, cancellationToken))
        {
            return null;
        }
    }
}
