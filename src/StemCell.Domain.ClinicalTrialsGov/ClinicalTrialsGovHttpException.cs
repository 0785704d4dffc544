using System.Net;

namespace StemCell.Domain.ClinicalTrialsGov;

/// <summary>The registry did not answer a request with a document: it refused it, kept failing, or could not be reached.</summary>
/// <remarks>
/// <see cref="ClinicalTrialsGovClient"/> throws this when the registry answers with a status it does not retry (a
/// 4xx other than 429), or when a status or network failure it does retry (429, 5xx, a connection error, a timeout)
/// is still there after the last attempt. A study that does not exist gives the more specific
/// <see cref="ClinicalTrialsGovNotFoundException"/>.
/// </remarks>
public class ClinicalTrialsGovHttpException : Exception
{
    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovHttpException"/> class.</summary>
    public ClinicalTrialsGovHttpException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovHttpException"/> class with a message.</summary>
    /// <param name="message">What failed.</param>
    public ClinicalTrialsGovHttpException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovHttpException"/> class with a message and its cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public ClinicalTrialsGovHttpException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ClinicalTrialsGovHttpException"/> class for a request.</summary>
    /// <param name="requestUri">The address requested.</param>
    /// <param name="statusCode">The status of the last response, or null when the last attempt got no response.</param>
    /// <param name="attempts">How many times the request was tried.</param>
    /// <param name="message">What failed, naming the address.</param>
    /// <param name="innerException">The cause of the last failure, such as an <see cref="HttpRequestException"/>, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="requestUri"/> is null.</exception>
    public ClinicalTrialsGovHttpException(Uri requestUri, HttpStatusCode? statusCode, int attempts, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(requestUri);
        RequestUri = requestUri;
        StatusCode = statusCode;
        Attempts = attempts;
    }

    /// <summary>Gets the address requested.</summary>
    /// <value>An absolute address with its query, such as <c>https://clinicaltrials.gov/api/v2/studies/NCT03280056?format=json</c>; null when the exception was made without one.</value>
    public Uri? RequestUri { get; }

    /// <summary>Gets the status of the registry's last response.</summary>
    /// <value>A status such as 500 (Internal Server Error), or null when the last attempt got no response (a network error or a timeout).</value>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Gets how many times the request was tried.</summary>
    /// <value>1 for a status that is not retried; the client's <see cref="ClinicalTrialsGovClientOptions.MaxAttempts"/> when retries ran out; 0 when the exception was made without one.</value>
    public int Attempts { get; }
}
