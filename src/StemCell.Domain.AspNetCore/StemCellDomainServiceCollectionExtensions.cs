using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StemCell.Domain.Serialization;

namespace StemCell.Domain.AspNetCore;

/// <summary>Adds StemCell.Domain to an ASP.NET Core application's services.</summary>
public static class StemCellDomainServiceCollectionExtensions
{
    /// <summary>
    /// Makes an ASP.NET Core application speak StemCell.Domain: request and response bodies use the library's JSON
    /// format, strictly; a body the library rejects is answered with an RFC 9457 validation problem listing every
    /// problem by JSON path; and every OpenAPI document describes the library's types with their real schemas.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <returns>The same services, for chaining.</returns>
    /// <remarks>
    /// <list type="bullet">
    /// <item><description>
    /// The HTTP JSON options of minimal APIs (and MVC's, for controllers) get
    /// <see cref="StemCellJsonSerializerOptionsExtensions.ConfigureForStemCellDomain"/>: a model object in a body is read
    /// by the dataset document's rules, rejecting unknown properties and <c>null</c> lists whatever the options'
    /// <c>UnmappedMemberHandling</c>; vocabulary terms are written as their codes.
    /// </description></item>
    /// <item><description>
    /// Minimal APIs throw on a bad request (<see cref="RouteHandlerOptions.ThrowOnBadRequest"/>) instead of answering
    /// with an empty <c>400</c>, and the exception is turned into <c>application/problem+json</c>: a body that is not
    /// valid JSON or that the library rejects becomes a <see cref="Microsoft.AspNetCore.Mvc.ValidationProblemDetails"/>
    /// (see <see cref="StemCellProblemDetails.FromJsonException"/>); any other bad request (a query value that is no
    /// code of its vocabulary, say) a problem with the request's status and what was wrong. This works with and
    /// without the developer exception page and <c>UseExceptionHandler</c>.
    /// </description></item>
    /// <item><description>
    /// Every OpenAPI document of Microsoft.AspNetCore.OpenApi gets <see cref="StemCellOpenApiSchemaTransformer"/>.
    /// </description></item>
    /// </list>
    /// Calling it twice adds nothing the second time.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddStemCellDomain(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(StemCellDomainMarker)))
        {
            return services;
        }

        services.AddSingleton<StemCellDomainMarker>();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.ConfigureForStemCellDomain());
        services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(options => options.JsonSerializerOptions.ConfigureForStemCellDomain());
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails();

        // Whichever catches a bad request first writes the problem: the developer exception page (Development), the
        // application's UseExceptionHandler, or else a middleware wrapped around the whole pipeline.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeveloperPageExceptionFilter, BadRequestProblemWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExceptionHandler, BadRequestProblemWriter>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, BadRequestProblemStartupFilter>());

        services.ConfigureAll<OpenApiOptions>(options => options.AddSchemaTransformer<StemCellOpenApiSchemaTransformer>());
        return services;
    }

    // Marks the services as configured, so a second call does not add the transformer twice.
    private sealed class StemCellDomainMarker;
}
