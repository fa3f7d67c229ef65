// The API documentation: Swagger UI over the server's own /openapi document. "Try it out" calls
// carry the token of the console's signed-in user (this tab), never a token typed elsewhere.
import { currentToken } from './oidc.js';

window.SwaggerUIBundle({
  url: '/openapi?format=JSON',
  dom_id: '#swagger',
  deepLinking: true,
  requestInterceptor: (request) => {
    const token = currentToken();
    if (token) request.headers.Authorization = `Bearer ${token}`;
    return request;
  },
});
