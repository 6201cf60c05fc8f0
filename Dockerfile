# NQStream engine image. Build: docker build -t nqstream .   (docker-compose.yml builds it as "engine")
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish engine/NQStream.Cli/NQStream.Cli.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update \
    && apt-get install -y --no-install-recommends libzstd1 curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /data /config
VOLUME ["/data"]
EXPOSE 5000
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD curl -sf http://127.0.0.1:5000/healthz || exit 1
ENTRYPOINT ["dotnet", "/app/nqstream.dll"]
# Until the replay job (issue 7) serves metrics itself, the image serves the endpoint alone.
CMD ["metrics", "serve", "--metrics-host", "0.0.0.0", "--metrics-port", "5000", "--store-path", "/data"]
