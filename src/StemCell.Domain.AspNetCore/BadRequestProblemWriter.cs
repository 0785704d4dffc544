using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace StemCell.Domain.AspNetCore;

/// <summary>
/// Answers a <see cref="BadHttpRequestException"/> (what minimal APIs throw for a body or parameter they cannot bind)
/// with a problem document instead of an empty response, from wherever the exception is caught first.
/// </summary>
internal sealed class BadRequestProblemWriter : IDeveloperPageExceptionFilter, IExceptionHandler
{
    public async Task HandleExceptionAsync(ErrorContext errorContext, Func<ErrorContext, Task> next)
    {
        if (!await TryWriteAsync(errorContext.HttpContext, errorContext.Exception).ConfigureAwait(false))
        {
            await next(errorContext).ConfigureAwait(false);
        }
    }

    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken) =>
        TryWriteAsync(httpContext, exception);

    internal static async ValueTask<bool> TryWriteAsync(HttpContext context, Exception exception)
    {
        if (exception is not BadHttpRequestException badRequest || context.Response.HasStarted)
        {
            return false;
        }

        context.Response.Clear();
        var problem = badRequest.InnerException is JsonException json
            ? TypedResults.Problem(StemCellProblemDetails.FromJsonException(json))
            : TypedResults.Problem(
                detail: badRequest.Message,
                statusCode: badRequest.StatusCode,
                title: "The request is not valid.");
        await problem.ExecuteAsync(context).ConfigureAwait(false);
        return true;
    }
}

/// <summary>Wraps the application's whole pipeline in the bad-request handling, for applications without another handler.</summary>
internal sealed class BadRequestProblemStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
        app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                try
                {
                    await nextMiddleware(context).ConfigureAwait(false);
                }
                catch (BadHttpRequestException e) when (!context.Response.HasStarted)
                {
                    await BadRequestProblemWriter.TryWriteAsync(context, e).ConfigureAwait(false);
                }
            });
            next(app);
        };
}
