# Guidebot's container image (see README "Deploy"): built with the .NET SDK, run on the ASP.NET Core runtime as the
# image's non-root user, with a read-only root file system. Configuration comes only from environment variables
# (keys with "__" for ":", e.g. Storage__Provider=Redis); the bot writes only to /data (SQLite state and the Data
# Protection keys). The guide's content is in the image at /app/cards; mount a folder there (read-only) to replace it.
#
#   docker build -t guidebot .
#   docker run --rm -p 127.0.0.1:3978:8080 --read-only --tmpfs /tmp -v guidebot-data:/data \
#     -e MicrosoftAppType=SingleTenant -e MicrosoftAppId=… -e MicrosoftAppPassword=… -e MicrosoftAppTenantId=… guidebot

ARG DOTNET_VERSION=10.0

# The pages' browser libraries (card renderer, markdown, sanitizer, Teams JavaScript library), as pinned by the lock
# file: the Teams tab is served in Production, so the image needs them. The SDK image has no Node.js.
FROM node:22-bookworm-slim AS web
WORKDIR /web
COPY src/Guidebot/DevChat/package.json src/Guidebot/DevChat/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error

FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_VERSION} AS build
WORKDIR /src
# The project files first, so a code change does not restore the packages again.
COPY global.json nuget.config Directory.Build.props Directory.Packages.props ./
COPY src/Guidebot/Guidebot.csproj src/Guidebot/
COPY src/Guidebot.BotFramework/Guidebot.BotFramework.csproj src/Guidebot.BotFramework/
COPY src/Guidebot.Knowledge/Guidebot.Knowledge.csproj src/Guidebot.Knowledge/
# For the platform the image is built for (TARGETARCH, set by BuildKit): the publish is compiled ahead of time.
ARG TARGETARCH
RUN dotnet restore src/Guidebot/Guidebot.csproj --arch "$TARGETARCH"
COPY cards/ cards/
COPY src/ src/
# The build copies the libraries' dist files from node_modules to wwwroot/lib (Guidebot.csproj).
COPY --from=web /web/node_modules src/Guidebot/DevChat/node_modules
RUN dotnet publish src/Guidebot/Guidebot.csproj --configuration Release --arch "$TARGETARCH" --self-contained false --no-restore --output /app

FROM mcr.microsoft.com/dotnet/aspnet:${DOTNET_VERSION}
WORKDIR /app
# The app's files belong to root: the bot (APP_UID, the image's "app" user) can read them but not change them.
COPY --from=build /app ./
RUN mkdir /data && chown "$APP_UID" /data
VOLUME /data
ENV ASPNETCORE_ENVIRONMENT=Production \
    Storage__Provider=Sqlite \
    Storage__Sqlite__Path=/data/guidebot.db \
    DataProtection__KeysPath=/data/keys \
    Knowledge__CardsPath=/app/cards
USER $APP_UID
# The base image listens on ASPNETCORE_HTTP_PORTS (8080). The probe needs no curl: bash's /dev/tcp is enough.
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${ASPNETCORE_HTTP_PORTS:-8080} && printf 'GET /healthz HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
# SIGTERM (docker stop) stops the bot gracefully: it finishes the requests in flight and delivers queued replies.
STOPSIGNAL SIGTERM
ENTRYPOINT ["dotnet", "Guidebot.dll"]
