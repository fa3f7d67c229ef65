/** Platform start: token settings check, catalog and region migrations, declarative tenants. */
package ru.kontingent.platform.bootstrap;
