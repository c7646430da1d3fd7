package vn.gov.directive.distribution;

import vn.gov.directive.testsupport.PlatformTablesContract;

class PlatformTablesTests extends PlatformTablesContract {
}
