// Guidebot on Azure: the bot's container on Azure Container Apps (two replicas), its state and Data Protection keys in
// Azure Cache for Redis, traces and metrics in Application Insights (the app's Azure Monitor OpenTelemetry exporter),
// the app registration's client secret, the Redis connection, the feedback salt and the report page's key in Key Vault
// (Container Apps Key Vault references), and the Azure Bot resource with the Microsoft Teams channel. Deploy guide: docs/deploy-azure.md.

targetScope = 'resourceGroup'

@description('Prefix of every resource name; lower-case letters and digits.')
@minLength(3)
@maxLength(12)
param name string = 'guidebot'

@description('Region of every resource except the Azure Bot (global).')
param location string = resourceGroup().location

@description('The container image, e.g. myregistry.azurecr.io/guidebot:1.0.0.')
param image string

@description('Registry server of the image when it is private (e.g. myregistry.azurecr.io); the app pulls with its managed identity, which needs AcrPull there. Empty: a public image.')
param registryServer string = ''

@description('Application (client) id of the single-tenant app registration the bot uses (created beforehand, see docs/deploy-azure.md).')
param botAppId string

@description('Tenant of the app registration.')
param botTenantId string = tenant().tenantId

@description('A client secret of the app registration; stored in Key Vault, never in the app\'s configuration.')
@secure()
param botAppPassword string

@description('The secret feedback votes and editor ids are derived from (Feedback:Salt), e.g. the output of `openssl rand -base64 32`; stored in Key Vault. Keep it: a new one gives every editor a new id for Admin:Users.')
@secure()
param feedbackSalt string

@description('The password of the feedback report page /admin/report (Admin:Key, at least 16 characters); stored in Key Vault. Empty: the page answers 404.')
@secure()
param adminKey string = ''

@description('Editor ids (as the bot tells them on "rapport") whose users get the feedback report card in the chat (Admin:Users).')
param adminUsers array = []

@description('Pricing tier of the Azure Bot: F0 (free, standard channels such as Teams) or S1.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Replicas of the bot: at least two, so one can restart while the other answers.')
@minValue(2)
param minReplicas int = 2

@minValue(2)
param maxReplicas int = 4

var suffix = uniqueString(resourceGroup().id, name)
var keyVaultSecretsUserRole = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource logs 'Microsoft.OperationalInsights/workspaces@2025-07-01' = {
  name: '${name}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${name}-identity-${suffix}'
  location: location
}

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
  name: take('${name}kv${suffix}', 24)
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource redis 'Microsoft.Cache/redis@2024-11-01' = {
  name: '${name}-redis-${suffix}'
  location: location
  properties: {
    sku: { name: 'Standard', family: 'C', capacity: 1 }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
    redisVersion: '6'
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'bot-app-password'
  properties: {
    value: botAppPassword
  }
}

resource redisSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'redis-configuration'
  properties: {
    value: '${redis.properties.hostName}:${redis.properties.sslPort},password=${redis.listKeys().primaryKey},ssl=True,abortConnect=False'
  }
}

resource feedbackSaltSecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'feedback-salt'
  properties: {
    value: feedbackSalt
  }
}

resource adminKeySecret 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = if (!empty(adminKey)) {
  parent: vault
  name: 'admin-key'
  properties: {
    value: adminKey
  }
}

// The report page's key and the editors, when given. The secret's URL is built from the vault's, so nothing reads the
// secret resource when it is not deployed.
var adminSecrets = empty(adminKey) ? [] : [{ name: 'admin-key', keyVaultUrl: '${vault.properties.vaultUri}secrets/admin-key', identity: identity.id }]
var adminSettings = concat(
  empty(adminKey) ? [] : [{ name: 'Admin__Key', secretRef: 'admin-key' }],
  map(range(0, length(adminUsers)), i => { name: 'Admin__Users__${i}', value: adminUsers[i] })
)

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, keyVaultSecretsUserRole)
  properties: {
    roleDefinitionId: keyVaultSecretsUserRole
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource environment 'Microsoft.App/managedEnvironments@2025-07-01' = {
  name: '${name}-env-${suffix}'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

resource app 'Microsoft.App/containerApps@2025-07-01' = {
  name: '${name}-app'
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  dependsOn: [secretsUser, adminKeySecret]
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 8080
        transport: 'auto'
        allowInsecure: false
      }
      registries: empty(registryServer) ? [] : [{ server: registryServer, identity: identity.id }]
      secrets: concat([
        { name: 'bot-app-password', keyVaultUrl: appPasswordSecret.properties.secretUri, identity: identity.id }
        { name: 'redis-configuration', keyVaultUrl: redisSecret.properties.secretUri, identity: identity.id }
        { name: 'feedback-salt', keyVaultUrl: feedbackSaltSecret.properties.secretUri, identity: identity.id }
      ], adminSecrets)
    }
    template: {
      containers: [
        {
          name: 'guidebot'
          image: image
          resources: { cpu: json('0.5'), memory: '1Gi' }
          env: concat([
            { name: 'MicrosoftAppType', value: 'SingleTenant' }
            { name: 'MicrosoftAppId', value: botAppId }
            { name: 'MicrosoftAppTenantId', value: botTenantId }
            { name: 'MicrosoftAppPassword', secretRef: 'bot-app-password' }
            { name: 'Storage__Provider', value: 'Redis' }
            { name: 'Storage__Redis__Configuration', secretRef: 'redis-configuration' }
            { name: 'Feedback__Salt', secretRef: 'feedback-salt' }
            { name: 'Telemetry__AzureMonitorConnectionString', value: insights.properties.ConnectionString }
            // The ingress is public: metrics go to Application Insights, not to an unauthenticated /metrics.
            { name: 'Telemetry__PrometheusEnabled', value: 'false' }
          ], adminSettings)
          probes: [
            { type: 'Liveness', httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 10 }
            { type: 'Readiness', httpGet: { path: '/readyz', port: 8080 }, periodSeconds: 10 }
            { type: 'Startup', httpGet: { path: '/healthz', port: 8080 }, periodSeconds: 2, failureThreshold: 30 }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
      }
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'Guidebot'
    endpoint: 'https://${app.properties.configuration.ingress.fqdn}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
    disableLocalAuth: false
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The bot\'s messaging endpoint, as registered on the Azure Bot.')
output messagingEndpoint string = bot.properties.endpoint

@description('The host name for the Teams app package (node manifest/tools/package.js --domain).')
output hostName string = app.properties.configuration.ingress.fqdn
